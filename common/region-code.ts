/** A region (maakunta) code of Statistics Finland: two digits, e.g. 01 = Uusimaa. */
export const regionCodePattern = /^\d{2}$/;
