/** `T` with every `readonly` removed, all the way down (arrays, tuples and object properties). */
type Writable<T> = T extends readonly (infer E)[]
  ? Writable<E>[]
  : T extends object
    ? { -readonly [K in keyof T]: Writable<T[K]> }
    : T;

/**
 * `true` when `A` and `B` are the same type apart from `readonly` (the same members of every
 * union, the same properties, each optional in both or in neither); `false` otherwise. Used to
 * prove at compile time that a zod schema's output is exactly a domain type, so a change of the
 * domain type fails the type-check instead of dropping or rejecting stored data.
 */
export type SameShape<A, B> =
  (<T>() => T extends Writable<A> ? 1 : 2) extends <T>() => T extends Writable<B> ? 1 : 2
    ? true
    : false;

/** Compiles only when `T` is `true`; pair it with {@link SameShape}. */
export type ExpectTrue<T extends true> = T;
