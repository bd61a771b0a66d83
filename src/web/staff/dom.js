// DOM helpers for the dashboard: text only. What residents wrote is never parsed as HTML.

export const $ = (id) => document.getElementById(id);

/** Builds an element; string children become text nodes, so nothing is ever parsed as HTML. */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else if (name === 'className') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

export const hiddenText = (text) => el('span', { className: 'visually-hidden', text });

/** Replaces a <select>'s options with "all" first; keeps the chosen value when it is still offered. */
export function setOptions(select, allLabel, options) {
  const current = select.value;
  select.replaceChildren(el('option', { value: '', text: allLabel }), ...options.map(([value, label]) => el('option', { value, text: label })));
  select.value = options.some(([value]) => value === current) ? current : '';
}
