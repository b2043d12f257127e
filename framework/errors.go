package framework

import "github.com/yjinspect/yjinspect/internal/enum"

// ParseError reports text that is not a value of a type: the error of
// ParseID, of ID.UnmarshalText, and of every ParseX function and
// UnmarshalText method of the library's enums, in every package (ParseKind
// here, classification.ParseLevel, record.ParseAnswer, ...). Its message
// quotes the input, cut to 64 bytes, and names the type, e.g.
//
//	classification: cannot parse "hihg" as Level
//	framework: cannot parse "A1..1" as ID: unexpected character after A1
//
// Type is the package-qualified type name ("classification.Level",
// "framework.ID"), Input the text as given and Reason, when set, what is
// wrong beyond naming no value. Use errors.As to get it:
//
//	var pe *framework.ParseError
//	if errors.As(err, &pe) { ... pe.Input ... }
type ParseError = enum.ParseError

// RangeError reports an enum value out of its type's range, such as
// classification.Level(9), which has no text form: the error of every enum's
// MarshalText, and so of json.Marshal of a value that holds one. Its message
// is e.g. "classification: Level(9) is out of range". Type is the
// package-qualified type name and Value the value out of range.
type RangeError = enum.RangeError
