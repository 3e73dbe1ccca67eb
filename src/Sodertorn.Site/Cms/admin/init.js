// Loaded before decap-cms.js: the CMS starts only when cms.js has registered the file format, the editor
// components and the previews (a module script runs after the bundle would otherwise have started on its own).
window.CMS_MANUAL_INIT = true;
