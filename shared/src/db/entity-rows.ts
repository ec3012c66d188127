import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** A column to sort by and its direction, as TypeORM's `order` would say it. */
export type RowOrder<T> = readonly (readonly [keyof T & string, 'ASC' | 'DESC'])[];

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Reads an entity's rows by one column with SQL written once, for the hot read paths (a plan
 * read's loaders, ADR 0051). TypeORM's `find` builds its query anew on every call (query builder,
 * aliases, find options) and hydrates through its general transformer; this builds the statement
 * from the entity's metadata once per data source and hydrates each column as TypeORM would
 * (the driver's `prepareHydratedValue`: dates as `YYYY-MM-DD`, timestamps as Date, transformers),
 * so the entities are the same as `find` gives. Only for plain entities: columns, no relations
 * or embedded objects (refused at first use).
 */
export class EntityRows<T extends ObjectLiteral> {
  private static readonly cache = new WeakMap<DataSource, Map<Function, EntityRows<never>>>();

  private readonly metadata: EntityMetadata;
  private readonly columns: readonly ColumnMetadata[];
  private readonly selectList: string;
  private readonly statements = new Map<string, string>();

  private constructor(
    private readonly ds: DataSource,
    entity: new () => T,
  ) {
    this.metadata = ds.getMetadata(entity);
    if (this.metadata.relations.length > 0 || this.metadata.embeddeds.length > 0)
      throw new Error(`EntityRows reads plain entities only, not ${this.metadata.name}`);
    this.columns = this.metadata.columns;
    this.selectList = this.columns.map((c) => quote(c.databaseName)).join(', ');
  }

  /** The reader of `entity`'s rows on `ds` (one per data source and entity). */
  static of<T extends ObjectLiteral>(ds: DataSource, entity: new () => T): EntityRows<T> {
    let byEntity = EntityRows.cache.get(ds);
    if (!byEntity) {
      byEntity = new Map<Function, EntityRows<never>>();
      EntityRows.cache.set(ds, byEntity);
    }
    let rows = byEntity.get(entity) as EntityRows<T> | undefined;
    if (!rows) {
      rows = new EntityRows(ds, entity);
      byEntity.set(entity, rows as unknown as EntityRows<never>);
    }
    return rows;
  }

  /**
   * The rows whose `property` is one of `values` (as `find({ where: { property: In(values) } })`),
   * in `order`. No values, no query.
   */
  async whereIn(
    property: keyof T & string,
    values: readonly unknown[],
    order: RowOrder<T> = [],
  ): Promise<T[]> {
    if (values.length === 0) return [];
    const raw = await this.ds.query<Record<string, unknown>[]>(this.statement(property, order), [
      values,
    ]);
    return raw.map((r) => this.hydrate(r));
  }

  /** One entity from a row of this entity's columns by their database names. */
  hydrate(row: Record<string, unknown>): T {
    const entity = this.metadata.create() as Record<string, unknown>;
    const driver = this.ds.driver;
    for (const c of this.columns)
      entity[c.propertyName] = driver.prepareHydratedValue(row[c.databaseName], c);
    return entity as T;
  }

  private statement(property: string, order: RowOrder<T>): string {
    const key = `${property}|${order.map(([p, d]) => `${p} ${d}`).join(',')}`;
    let sql = this.statements.get(key);
    if (!sql) {
      const orderBy = order.map(([p, d]) => `${quote(this.column(p).databaseName)} ${d}`);
      sql =
        `SELECT ${this.selectList} FROM ${this.metadata.tablePath.split('.').map(quote).join('.')}` +
        ` WHERE ${quote(this.column(property).databaseName)} = ANY($1)` +
        (orderBy.length > 0 ? ` ORDER BY ${orderBy.join(', ')}` : '');
      this.statements.set(key, sql);
    }
    return sql;
  }

  private column(property: string): ColumnMetadata {
    const c = this.columns.find((col) => col.propertyName === property);
    if (!c) throw new Error(`${this.metadata.name} has no column ${property}`);
    return c;
  }
}
