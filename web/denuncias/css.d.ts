/** Stylesheets imported for their side effect: vite bundles them with the chunk that imports them. */
declare module '*.css'
