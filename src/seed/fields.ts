import { isIsoDate } from '../model/dates';
import type { Problem } from './format';

/**
 * Reads the fields of one YAML item, recording a Problem (file, item, reason) for every field that
 * is missing or of the wrong form, so one run reports every problem at once.
 */
export class ItemReader {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly file: string,
    readonly item: string,
    private readonly problems: Problem[],
  ) {}

  problem(reason: string): void {
    this.problems.push({ file: this.file, item: this.item, reason });
  }

  string(field: string): string {
    const value = this.raw[field];
    if (typeof value === 'string' && value.length > 0) return value;
    this.problem(`${field} must be a non-empty string; got ${JSON.stringify(value)}`);
    return '';
  }

  optionalString(field: string): string | null {
    const value = this.raw[field];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    this.problem(`${field} must be a string or null; got ${JSON.stringify(value)}`);
    return null;
  }

  id(field: string, kind: string): string {
    const value = this.string(field);
    if (value && !new RegExp(`^${kind}:[a-z0-9-]+$`).test(value)) {
      this.problem(`${field} ${JSON.stringify(value)} is not a ${kind} id (${kind}:lowercase-slug)`);
    }
    return value;
  }

  optionalId(field: string, kind: string): string | null {
    return this.raw[field] === undefined || this.raw[field] === null ? null : this.id(field, kind);
  }

  strings(field: string, what = 'strings'): string[] {
    const value = this.raw[field];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    this.problem(`${field} must be a list of ${what}; got ${JSON.stringify(value)}`);
    return [];
  }

  ids(field: string): string[] {
    return this.strings(field, 'ids');
  }

  boolean(field: string, fallback?: boolean): boolean {
    const value = this.raw[field];
    if (typeof value === 'boolean') return value;
    if (value === undefined && fallback !== undefined) return fallback;
    this.problem(`${field} must be true or false; got ${JSON.stringify(value)}`);
    return false;
  }

  offset(field: string): number {
    const value = this.raw[field];
    if (Number.isInteger(value) && (value as number) >= 0) return value as number;
    this.problem(`${field} must be a non-negative integer offset; got ${JSON.stringify(value)}`);
    return -1;
  }

  count(field: string): number | null {
    const value = this.raw[field];
    if (value === undefined || value === null) return null;
    if (Number.isInteger(value) && (value as number) >= 0) return value as number;
    this.problem(`${field} must be a non-negative integer or null; got ${JSON.stringify(value)}`);
    return null;
  }

  date(field: string): string | null {
    const value = this.raw[field];
    if (value === undefined || value === null) return null;
    // YAML reads an unquoted 2022-08-03 as a timestamp; accept it as the day it names.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (typeof text === 'string' && isIsoDate(text)) return text;
    this.problem(`${field} must be a real date YYYY-MM-DD; got ${JSON.stringify(value)}`);
    return null;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.raw[field];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(`${field} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
    return allowed[allowed.length - 1] as T;
  }

  optionalOneOf<T extends string>(field: string, allowed: readonly T[]): T | null {
    return this.raw[field] === undefined || this.raw[field] === null ? null : this.oneOf(field, allowed);
  }
}
