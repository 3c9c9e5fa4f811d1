// String formats the contract uses (ipv4, ipv6, uuid, date-time, https URIs), checked by hand
// rather than with zod's built-ins so the rules match the contract's JSON Schema formats exactly
// and the bundle stays small. The property test compares each with the contract's validator.
const OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
/** One IPv4 address in dotted decimal, no leading zeros. */
export function isIpv4(value) {
  return IPV4.test(value);
}
/** One IPv6 address (RFC 4291 text form, `::` at most once, optional trailing dotted IPv4). */
export function isIpv6(value) {
  const halves = value.split("::");
  if (halves.length > 2) return false;
  const compressed = halves.length === 2;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = compressed && halves[1] ? halves[1].split(":") : [];
  const groups = compressed ? [...head, ...tail] : head;
  let count = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const last = i === groups.length - 1;
    if (last && group.includes(".")) {
      if (!isIpv4(group)) return false;
      count += 2;
    } else if (HEX_GROUP.test(group)) {
      count += 1;
    } else {
      return false;
    }
  }
  return compressed ? count <= 7 : count === 8;
}
const UUID = /^[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** A UUID in its 8-4-4-4-12 hex form. */
export function isUuid(value) {
  return UUID.test(value);
}
// RFC 3339 section 5.6: full-date "T" full-time, with "t" or one space accepted in its place,
// and a time zone that is "Z" or "+hh:mm" / "-hh:mm". The pattern checks the shape only; the
// fields sit at fixed places and are read from the character codes, which is several times
// cheaper than capture groups and Date's setters (every session carries two timestamps).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 86_400_000;
function isLeapYear(year) {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
function digits(text, at, count) {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's algorithm).
function daysFromCivil(year, month, day) {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
/**
 * Parses an RFC 3339 date-time with a time zone into a Date, or returns undefined when the
 * text is not one (wrong shape, 30 February, hour 24, offset without minutes...). A leap
 * second (`23:59:60` in UTC) is accepted and lands on the next second, as Date cannot hold it.
 * Digits past milliseconds are dropped.
 */
export function parseRfc3339(value) {
  if (!DATE_TIME.test(value)) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const maxDay = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > maxDay || hour > 23 || minute > 59 || second > 60) return undefined;
  let at = 19;
  let ms = 0;
  if (value.charCodeAt(at) === 46 /* . */) {
    const end = value.length - (value.charCodeAt(value.length - 1) > 57 ? 1 : 6);
    for (let i = at + 1, scale = 100; i < end && scale >= 1; i++, scale /= 10) ms += (value.charCodeAt(i) - 48) * scale;
    at = end;
  }
  let offset = 0;
  if (value.length - at === 6) {
    const offsetHours = digits(value, at + 1, 2);
    const offsetMinutes = digits(value, at + 4, 2);
    if (offsetHours > 23 || offsetMinutes > 59) return undefined;
    offset = (value.charCodeAt(at) === 45 /* - */ ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  }
  // A leap second exists only as the last second of a UTC day.
  if (second === 60 && (((hour * 60 + minute - offset) % 1440) + 1440) % 1440 !== 1439) return undefined;
  return new Date(daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms);
}
/** True when the text is an RFC 3339 date-time with a time zone. */
export function isRfc3339(value) {
  return parseRfc3339(value) !== undefined;
}
// RFC 3986 pieces for an https URI: unreserved / pct-encoded / sub-delims, per component.
const PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";
const USERINFO = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*$/;
const REG_NAME = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+$/;
const IP_FUTURE = /^[Vv][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+$/;
const PATH_ABEMPTY = new RegExp(`^(?:/${PCHAR}*)*$`);
const QUERY_OR_FRAGMENT = new RegExp(`^(?:${PCHAR}|[/?])*$`);
const HTTPS_URI = /^https:\/\/([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/s;
/** An absolute `https://` URI with a host, written as RFC 3986 allows (no spaces, no raw Unicode). */
export function isHttpsUri(value) {
  const m = HTTPS_URI.exec(value);
  if (!m) return false;
  const [, authority = "", path = "", query, fragment] = m;
  if (!PATH_ABEMPTY.test(path)) return false;
  if (query !== undefined && !QUERY_OR_FRAGMENT.test(query)) return false;
  if (fragment !== undefined && !QUERY_OR_FRAGMENT.test(fragment)) return false;
  return isAuthority(authority);
}
function isAuthority(authority) {
  const at = authority.lastIndexOf("@");
  if (at >= 0 && !USERINFO.test(authority.slice(0, at))) return false;
  const hostPort = authority.slice(at + 1);
  let host = hostPort;
  let port = "";
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0) return false;
    host = hostPort.slice(0, close + 1);
    port = hostPort.slice(close + 1);
    const literal = host.slice(1, -1);
    if (!isIpv6(literal) && !IP_FUTURE.test(literal)) return false;
  } else {
    const colon = hostPort.indexOf(":");
    if (colon >= 0) {
      host = hostPort.slice(0, colon);
      port = hostPort.slice(colon);
    }
    if (!REG_NAME.test(host)) return false;
  }
  return port === "" || /^:\d*$/.test(port);
}
//# sourceMappingURL=formats.js.map
