// Public face of the dashboard for the bench: the typed documents of the pages' queries, as graphql-codegen generates them.
export { AuditDocument } from './pages/audit/audit.generated';
export { CreatorPageDocument } from './pages/creator/creator.generated';
export { ModelPageDocument } from './pages/model/model.generated';
export { ModelDetailsDocument } from './pages/model/modelDetails.generated';
export { OverviewDocument } from './pages/overview/overview.generated';
export { OverviewSeriesDocument } from './pages/overview/overviewSeries.generated';
export { ModelsByFieldDocument, ModelsByRevenueDocument, ModelsGrowthDocument } from './pages/models/models.generated';
export { PortfolioDocument } from './pages/portfolio/portfolio.generated';
// The models list's filters, so the bench sends the variables the page sends.
export { modelFilter, modelsWhere, readModelQueryState, revenueWhere, SORT_FIELDS } from './pages/models/modelFilters';
