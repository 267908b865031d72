/**
 * What a page read on the server for the first render of a client component:
 * the JSON its API route sends, and when it was read (epoch ms). The component
 * hands both to its React Query hook (`initialData`, `initialDataUpdatedAt`),
 * so the first paint has the content and polling goes on from there.
 * Browser-safe: types only.
 */
export interface InitialData<T> {
  data: T;
  updatedAt: number;
}
