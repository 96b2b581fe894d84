/** The planners chunk, fetched while the browser is idle after the first view and run on first build. */
export const loadPlanners = () => import(/* webpackChunkName: "planners", webpackPrefetch: true */ "./planners");
