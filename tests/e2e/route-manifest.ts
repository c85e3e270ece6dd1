// The app's routes as the build knows them, so tests that cover "every route" follow the app.
export type RouteInfo = {
  id: string;
  path?: string;
  parentId?: string;
  index?: boolean;
  module: { default?: unknown; loader?: unknown; action?: unknown };
};

export async function loadRoutes(): Promise<{ routes: RouteInfo[]; urlOf: (r: RouteInfo) => string; byId: Record<string, RouteInfo> }> {
  // Importing the build must not touch the demo database or start background jobs.
  process.env.DATABASE_PATH = "tests/.tmp/route-manifest.db";
  process.env.BACKGROUND_JOBS = "off";
  const build = (await import(`${process.cwd()}/build/index.js`)) as { routes: Record<string, RouteInfo> };
  const full = (r: RouteInfo): string => {
    const parent = r.parentId ? build.routes[r.parentId] : undefined;
    return [parent ? full(parent) : "", r.path ?? ""].filter(Boolean).join("/");
  };
  return { routes: Object.values(build.routes), urlOf: (r) => `/${full(r)}`, byId: build.routes };
}
