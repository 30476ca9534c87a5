/**
 * The only script a page runs before the reader does anything (under 1 KB): applies
 * the saved theme before first paint (no flash), marks the page as able to run scripts
 * (`.js`), and imports /assets/site.js on the first click on a [data-action] control,
 * on "/" or Ctrl/Cmd+K, or at once on the search page. Kept as a string so that its
 * CSP hash is computed from exactly the bytes the page carries.
 */
export const INLINE_SCRIPT =
  '(()=>{const d=document.documentElement;let s;try{s=localStorage.getItem("theme")}catch{}if(s==="light"||s==="dark")d.dataset.theme=s;' +
  'd.classList.add("js");let p;const L=()=>p??=import(d.dataset.base+"assets/site.js"),A=(a,t,e)=>L().then(m=>m.act(a,t,e));' +
  'addEventListener("click",e=>{const t=e.target.closest?.("[data-action]");if(t&&!t.matches("select")){e.preventDefault();A(t.dataset.action,t,e)}});' +
  'addEventListener("change",e=>{const t=e.target.closest?.("[data-action]");t&&A(t.dataset.action,t,e)});' +
  'addEventListener("keydown",e=>{const k=e.key,t=e.target,f=/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)||t.isContentEditable;' +
  'if(k==="/"&&!f||(e.ctrlKey||e.metaKey)&&k.toLowerCase()==="k"){e.preventDefault();A("search")}});' +
  'd.dataset.page==="search"&&A("search-page")})()';
