import { useQuery } from '@apollo/client/react';

import { ModelsByFieldDocument, ModelsByRevenueDocument, ModelsGrowthDocument } from './models.generated';
import type { Model_Filter, Model_OrderBy, ModelRevenue_Filter } from '../../graphql/generated/types';

export function useModelsByField(where: Model_Filter, orderBy: Model_OrderBy, first: number, skip: boolean) {
  return useQuery(ModelsByFieldDocument, { variables: { where, orderBy, first }, skip });
}

export function useModelsByRevenue(where: ModelRevenue_Filter, first: number, skip: boolean) {
  return useQuery(ModelsByRevenueDocument, { variables: { where, first }, skip });
}

export function useModelsGrowth(since: number, currency: string, model: Model_Filter, skip: boolean) {
  return useQuery(ModelsGrowthDocument, { variables: { since, currency, model }, skip });
}
