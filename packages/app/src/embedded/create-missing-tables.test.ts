import { TABLES } from '../storage/table-definitions';
import { createTableInput } from './create-missing-tables';

describe('createTableInput', () => {
  describe('when a table has a sort key and no index', () => {
    it('declares both keys, on-demand, without indexes', () => {
      expect(createTableInput(TABLES.conversations, 'conv-test')).toEqual({
        TableName: 'conv-test',
        KeySchema: [
          { AttributeName: 'userId', KeyType: 'HASH' },
          { AttributeName: 'messageKey', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'userId', AttributeType: 'S' },
          { AttributeName: 'messageKey', AttributeType: 'S' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
      });
    });
  });

  describe('when a table has a global secondary index', () => {
    it('declares the index keys once each, projected in full', () => {
      expect(createTableInput(TABLES.identities, 'identities')).toEqual({
        TableName: 'identities',
        KeySchema: [{ AttributeName: 'identityKey', KeyType: 'HASH' }],
        AttributeDefinitions: [
          { AttributeName: 'identityKey', AttributeType: 'S' },
          { AttributeName: 'userId', AttributeType: 'S' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byUser',
            KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      });
    });
  });
});
