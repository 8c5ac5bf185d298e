/** Persons per page of the lists page (its own module: main.tsx asks for the first page before React loads). */
export const PAGE = 200;
