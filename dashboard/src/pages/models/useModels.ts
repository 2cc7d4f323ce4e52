import { useQuery } from '@apollo/client/react';

import { graphql } from '../../graphql/generated';
import type { Model_Filter, Model_OrderBy, ModelRevenue_Filter } from '../../graphql/generated/graphql';

graphql(`
  fragment ModelListRow on Model {
    id
    name
    category
    tags
    status
    licensesSold
    activeLicenses
    usageUnits
    curationSignal
    currentVersion
    creator {
      id
    }
    parent {
      id
    }
  }
`);

const ModelsByFieldQuery = graphql(`
  query ModelsByField($where: Model_filter!, $orderBy: Model_orderBy!, $first: Int!) {
    models(where: $where, orderBy: $orderBy, orderDirection: desc, first: $first) {
      ...ModelListRow
      registeredAt
    }
    tokens(orderBy: symbol) {
      ...TokenFields
    }
  }
`);

const ModelsByRevenueQuery = graphql(`
  query ModelsByRevenue($where: ModelRevenue_filter!, $first: Int!) {
    modelRevenues(where: $where, orderBy: cumulativeGross, orderDirection: desc, first: $first) {
      id
      cumulativeGross
      model {
        ...ModelListRow
      }
    }
    tokens(orderBy: symbol) {
      ...TokenFields
    }
  }
`);

/** Day rows of the last 14 days in one currency, for the 7-day growth ranking (computed in the browser). */
const ModelsGrowthQuery = graphql(`
  query ModelsGrowth($since: Int!, $currency: String!, $model: Model_filter!) {
    modelTokenDailySnapshots(where: { day_gte: $since, token: $currency, model_: $model }, orderBy: day, first: 1000) {
      day
      dailyGross
      model {
        ...ModelListRow
      }
    }
    tokens(orderBy: symbol) {
      ...TokenFields
    }
  }
`);

export function useModelsByField(where: Model_Filter, orderBy: Model_OrderBy, first: number, skip: boolean) {
  return useQuery(ModelsByFieldQuery, { variables: { where, orderBy, first }, skip });
}

export function useModelsByRevenue(where: ModelRevenue_Filter, first: number, skip: boolean) {
  return useQuery(ModelsByRevenueQuery, { variables: { where, first }, skip });
}

export function useModelsGrowth(since: number, currency: string, model: Model_Filter, skip: boolean) {
  return useQuery(ModelsGrowthQuery, { variables: { since, currency, model }, skip });
}
