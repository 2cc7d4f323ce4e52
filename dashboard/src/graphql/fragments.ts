import { graphql } from './generated';

/** Every amount is shown with its token: queries select the token beside the amount. */
export const TokenFieldsFragment = graphql(`
  fragment TokenFields on Token {
    id
    symbol
    decimals
  }
`);

export const PaymentRowFragment = graphql(`
  fragment PaymentRow on Payment {
    id
    kind
    tier
    gross
    fee
    parentCut
    timestamp
    blockNumber
    transactionHash
    token {
      ...TokenFields
    }
    model {
      id
      name
    }
    payer {
      id
    }
  }
`);
