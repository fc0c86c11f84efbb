import { type RefObject, useEffect, useRef } from 'react';

/**
 * Names the open list of a Suomi.fi Dropdown or SingleSelect rendered inside the returned
 * wrapper: the library leaves the list without a name, which fails axe while it is open, so the
 * field's label (`<id>-label`) becomes its name when it appears.
 */
export function useNamedPopover(id: string): RefObject<HTMLDivElement | null> {
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = wrapper.current;
    if (!root) return;
    const nameList = () => {
      const list = root.querySelector(`[id="${id}-popover"]`);
      if (list && !list.hasAttribute('aria-labelledby')) {
        list.setAttribute('aria-labelledby', `${id}-label`);
      }
    };
    const observer = new MutationObserver(nameList);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [id]);
  return wrapper;
}
