export { type AcceptedText, acceptFreeText } from "./free-text.ts";
export {
  FINDING_KINDS,
  type Finding,
  type FindingKind,
  guardFreeText,
  type PersonalDataError,
  REDACTED,
  redact,
  scanText,
  thaiIdCheckDigit,
} from "./guard.ts";
export {
  dateOfBirthSentence,
  email,
  IDENTIFIER_GENERATORS,
  myanmarNrc,
  myanmarPhone,
  type PersonalDataSample,
  passportNumber,
  personalDataSentence,
  type RandomSource,
  thaiNationalId,
  thaiPhone,
} from "./identifiers.ts";
