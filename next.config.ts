import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Hashing every cached page for an ETag costs a quarter of the CPU of serving it (docs/benchmarks.md);
  // published pages are immutable and revalidated on publish, so ETags add nothing.
  generateEtags: false,
  // Packages that read files at run time (fonts, the PDF renderer) stay outside the bundle.
  serverExternalPackages: ["@react-pdf/renderer", "pg", "dejavu-fonts-ttf"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
