/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and WASM packages stay on the server, loaded from node_modules.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@node-rs/argon2"],
  // forbidden() and app/forbidden.tsx: a signed-in user without the page's role gets a 403 page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
