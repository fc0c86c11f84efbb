// What only those who may change relations use, with the form and dialog components it brings:
// readers of an organisation's page never download it (organisation-relations.tsx).
export { AddRelationForm } from './add-relation-form.js';
export { DatesModal } from './dates-modal.js';
export { RemoveModal } from './remove-modal.js';
