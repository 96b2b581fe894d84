/*
 * Build of the add-in (DESIGN §1): one page, taskpane.html, hosts the task pane and the custom
 * functions (shared runtime); functions.js is also a standalone bundle that runs on its own (the
 * manifest's Script, and the Node `vm` check of DESIGN §6). functions.json is generated from the
 * JSDoc tags in src/functions/functions.ts.
 *
 *   npm run build        production → dist/, manifest URLs = ADDIN_PUBLIC_URL
 *   npm run build:dev    development → dist/, manifest URLs = https://localhost:3000/
 *   npm start            https dev server on port 3000 (office-addin-dev-certs)
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources, WebpackError } = require("webpack");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const DEFAULT_PUBLIC_URL = "https://cross-border-kpi.example.com/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** The production base URL, normalised to end with "/"; only https is accepted (Office requires it). */
function publicUrl(raw = process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_PUBLIC_URL must use https: ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_PUBLIC_URL must have no query or fragment: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * manifest.xml for a deployment: every dev URL becomes the public URL, and the bare dev origin
 * (AppDomains) becomes the public origin. Refuses to emit a manifest that still names localhost.
 */
function manifestForUrl(xml, targetUrl) {
  const target = new URL(targetUrl);
  const devOrigin = new URL(DEV_URL).origin;
  const out = String(xml).split(DEV_URL).join(target.href).split(devOrigin).join(target.origin);
  if (/localhost/i.test(out) && target.hostname !== "localhost") {
    throw new Error("manifest.xml still names localhost after the URL rewrite: use https://localhost:3000/ only");
  }
  return out;
}

/**
 * custom-functions-metadata-plugin taps `compilation`, which child compilations inherit: the
 * html-webpack-plugin template build then emits functions.json too. In watch mode that child is
 * cached, so after a JSDoc edit it re-emits the stale file and webpack fails with "Conflict: Multiple
 * assets emit different content to the same filename functions.json". Hand the plugin a compiler
 * whose `compilation` hook fires for the main compilation only.
 */
function mainCompilationOnly(plugin) {
  return {
    apply(compiler) {
      const compilation = {
        tap: (options, fn) =>
          compiler.hooks.compilation.tap(options, (current, params) => {
            if (!current.compiler.isChild()) fn(current, params);
          }),
      };
      const hooks = { ...compiler.hooks, compilation };
      plugin.apply(Object.create(compiler, { hooks: { value: hooks } }));
    },
  };
}

/**
 * functions.zh-CN.json and functions.es-MX.json beside functions.json (the manifest overrides
 * Functions.Metadata.Url with them): copies with the translated descriptions of
 * src/functions/locales.ts, made by scripts/gen-function-locales.ts. Emitted as assets, so the dev
 * server serves them too; a missing or unknown translation fails the build. (thisCompilation: the
 * main compilation only, never a child.)
 */
class FunctionLocalesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionLocalesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionLocalesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const metadata = compilation.getAsset("functions.json");
          if (!metadata) return; // the metadata plugin has reported why
          const { localeFiles } = require("tsx/cjs/api").require("./scripts/gen-function-locales.ts", __filename);
          const { files, problems } = localeFiles(metadata.source.source().toString());
          for (const p of problems) compilation.errors.push(new WebpackError(`gen-function-locales: ${p}`));
          for (const [name, text] of Object.entries(files)) compilation.emitAsset(name, new sources.RawSource(text));
        },
      );
    });
  }
}

/** Dev-server certificates, loaded only when serving: a build must never read or create certs. */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  // Resolved up front so a bad ADDIN_PUBLIC_URL fails the build before anything is compiled.
  const manifestUrl = dev ? DEV_URL : publicUrl();

  const config = {
    mode,
    context: __dirname,
    // Shared runtime hosts are Edge WebView2 / current browsers; ES2020 matches tsconfig.
    target: ["web", "es2020"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_SOURCE,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // functions.js is named in the manifest; keep every name stable and let the page's
      // ?hash query (html-webpack-plugin) bust caches instead.
      // Lazily loaded chunks (task pane views, the xlsx writer) are fetched by the runtime, not by a
      // tag with the ?hash query, so their names carry a content hash to bust caches on deploy.
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Allow ESM-style "./x.js" specifiers that point at TypeScript sources.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs transpiling.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      // Each entry carries its own webpack runtime, so functions.js runs alone (no runtime chunk).
      runtimeChunk: false,
      splitChunks: {
        // Split vendor code out of the task pane only; functions.js stays one self-contained file.
        chunks: (chunk) => chunk.name === "taskpane",
        cacheGroups: {
          defaultVendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", priority: -10, reuseExistingChunk: true },
          // What two or more lazy task pane chunks share (Fluent controls, the catalog, the planners)
          // loads once instead of inside each view.
          lazyShared: { chunks: "async", minChunks: 2, priority: -20, reuseExistingChunk: true },
          default: false,
        },
      },
    },
    performance: {
      // Fluent UI v9 is most of the task pane; warn only well past today's size.
      hints: dev ? false : "warning",
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
    },
    plugins: [
      mainCompilationOnly(
        new CustomFunctionsMetadataPlugin({
          output: "functions.json",
          input: FUNCTIONS_SOURCE,
        }),
      ),
      new FunctionLocalesPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime page loads the task pane and registers the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        hash: !dev,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform: (content) => (dev ? content : manifestForUrl(content, manifestUrl)),
          },
        ],
      }),
    ],
  };

  if (serving) {
    // webpack-dev-server would inject its live-reload client into every entry; functions.js must
    // stay standalone (no DOM, no socket), so the client goes into the task pane entry only.
    const reloadClient = `webpack-dev-server/client/index.js?${new URLSearchParams({
      protocol: "wss:",
      hostname: "localhost",
      port: String(DEV_PORT),
      pathname: "/ws",
      logging: "info",
      overlay: "true",
      reconnect: "10",
      hot: "false",
      "live-reload": "true",
    })}`;
    config.entry.taskpane = [reloadClient, config.entry.taskpane];
    config.devServer = {
      port: DEV_PORT,
      server: { type: "https", options: await devServerHttpsOptions() },
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: false,
      hot: false,
      liveReload: true,
      webSocketServer: "ws",
    };
  }

  return config;
};

// For tests of the manifest rewrite.
module.exports.manifestForUrl = manifestForUrl;
module.exports.publicUrl = publicUrl;
module.exports.DEV_URL = DEV_URL;
