// Public face of the dashboard for the bench: the typed documents of the pages' queries, as graphql-codegen generates them.
export { AuditDocument } from './pages/audit/audit.generated';
export { CreatorPageDocument } from './pages/creator/creator.generated';
export { ModelPageDocument } from './pages/model/model.generated';
export { ModelDetailsDocument } from './pages/model/modelDetails.generated';
export { OverviewDocument } from './pages/overview/overview.generated';
export { OverviewSeriesDocument } from './pages/overview/overviewSeries.generated';
