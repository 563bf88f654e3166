export * from "./access";
export * from "./classes";
export * from "./errors";
export * from "./membership";
export * from "./passwords";
