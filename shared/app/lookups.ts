import { DomainError } from "../domain/errors.js";
import { findClass, type ClassItem } from "../data/classes.js";

/** The class a use case works on, or `class_not_found`. */
export async function getClass(classId: string): Promise<ClassItem> {
  const item = await findClass(classId);
  if (!item) throw new DomainError("class_not_found");
  return item;
}
