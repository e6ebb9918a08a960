package domain

import (
	"fmt"
	"strings"
)

// Rule names an input rule, so that a screen can say in its own language
// which one an input broke.
type Rule int

// The rules an input can break. The comment says which Problem fields the
// message uses.
const (
	TitleEmpty        Rule = iota + 1
	TitleOneLine           //
	TooLong                // Field, Got characters, Limit
	UnknownCompetency      // Value
	RepeatPerWeek          // Value: N/week with N outside 1–7
	UnknownRepeat          // Value
	InvalidDate            // Value
	MinutesNegative        // Got
	MinutesTooMany         // Got, Limit
	RatingRange            // Got
	TooManyResources       // Got, Limit
	TagOneWord             // Value
	TooManyTags            // Got, Limit
	OnceNeedsDue           //
	DateOutOfRange         // Value: the date, YYYY-MM-DD
	MeasureSyntax          // Value: not "N what"
	MeasureRange           // Got (or Value, when too large for an int), Limit; Field "amount" for the amount counted (0 is allowed)
	MeasureUnit            // Value: an amount's unit, empty or more than one line
	MeasureKind            // Value: an unknown kind in a record
)

// Problem is an input that broke a rule, with what a message about it
// needs. Error says it in English, as the command line prints it.
type Problem struct {
	Rule       Rule
	Field      string // the field a length limit applies to: "title", "why", …
	Value      string // the input, where the message quotes it
	Got, Limit int
}

func (p *Problem) Error() string {
	switch p.Rule {
	case TitleEmpty:
		return "title is empty"
	case TitleOneLine:
		return "title must be one line"
	case TooLong:
		return fmt.Sprintf("%s is %d characters long; the limit is %d", p.Field, p.Got, p.Limit)
	case UnknownCompetency:
		return fmt.Sprintf("unknown competency %q: want one of %s", p.Value, strings.Join(Competencies, ", "))
	case RepeatPerWeek:
		return fmt.Sprintf("invalid repeat %q: N/week needs 1 ≤ N ≤ 7", p.Value)
	case UnknownRepeat:
		return fmt.Sprintf("unknown repeat rule %q: want once, daily, weekdays, a list like mon,wed,fri, or N/week", p.Value)
	case InvalidDate:
		return fmt.Sprintf("invalid date %q: want YYYY-MM-DD, today, yesterday, tomorrow or a weekday", p.Value)
	case MinutesNegative:
		return fmt.Sprintf("minutes must be 0 or more, got %d", p.Got)
	case MinutesTooMany:
		return fmt.Sprintf("minutes must be at most %d (one day), got %d", p.Limit, p.Got)
	case RatingRange:
		return fmt.Sprintf("rating must be 1 to 5, got %d", p.Got)
	case TooManyResources:
		return fmt.Sprintf("a goal holds at most %d resources, got %d", p.Limit, p.Got)
	case TagOneWord:
		return fmt.Sprintf("tag %q must be one word", p.Value)
	case TooManyTags:
		return fmt.Sprintf("at most %d tags, got %d", p.Limit, p.Got)
	case OnceNeedsDue:
		return "a once task needs a due date"
	case MeasureSyntax:
		return fmt.Sprintf("invalid target %q: want a whole number and what it counts, like 40 problems, 30 check-ins or 600 minutes", p.Value)
	case MeasureRange:
		if p.Field == "amount" {
			return fmt.Sprintf("the amount counted must be 0 to %d, got %d", p.Limit, p.Got)
		}
		if p.Value != "" { // a number too large for Got
			return fmt.Sprintf("a target counts 1 to %d, got %s", p.Limit, p.Value)
		}
		return fmt.Sprintf("a target counts 1 to %d, got %d", p.Limit, p.Got)
	case MeasureUnit:
		return fmt.Sprintf("invalid unit %q: say in one line what the target counts", p.Value)
	case MeasureKind:
		return fmt.Sprintf("unknown target kind %q: want checkins, minutes or amount", p.Value)
	case DateOutOfRange:
		return fmt.Sprintf("date %s is out of range: coach keeps dates from %s to %s", p.Value, MinDate, MaxDate)
	}
	return fmt.Sprintf("input breaks rule %d", p.Rule)
}
