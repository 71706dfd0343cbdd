import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Packages that read files at run time (fonts, the PDF renderer) stay outside the bundle.
  serverExternalPackages: ["@react-pdf/renderer", "pg", "dejavu-fonts-ttf"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
