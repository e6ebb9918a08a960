package tui

import (
	"errors"
	"fmt"

	"coach/content"
	"coach/domain"
	"coach/store"
)

// explain says why an input was refused, in the interface's language. A
// message shown under its field needs no field name (label nil); one shown
// for the whole form gets label(field), the field as the form calls it,
// before a length limit. A busy file and a record deleted elsewhere are
// said too; other errors (a damaged file, the disk) keep their own words.
func explain(ui content.ProblemsUI, err error, label func(field string) string) string {
	var p *domain.Problem
	var busy *store.BusyError
	switch {
	case errors.As(err, &busy):
		return fmt.Sprintf(ui.Busy, busy.Path)
	case errors.Is(err, store.ErrNotFound):
		return ui.Gone
	case !errors.As(err, &p):
		return err.Error()
	}
	switch p.Rule {
	case domain.TitleEmpty:
		return ui.TitleEmpty
	case domain.TitleOneLine:
		return ui.TitleOneLine
	case domain.TooLong:
		msg := fmt.Sprintf(ui.TooLong, p.Got, p.Limit)
		if label != nil {
			msg = fmt.Sprintf(ui.InField, label(p.Field), msg)
		}
		return msg
	case domain.UnknownCompetency:
		return fmt.Sprintf(ui.UnknownCompetency, p.Value)
	case domain.RepeatPerWeek:
		return fmt.Sprintf(ui.RepeatPerWeek, p.Value)
	case domain.UnknownRepeat:
		return fmt.Sprintf(ui.UnknownRepeat, p.Value)
	case domain.InvalidDate:
		return fmt.Sprintf(ui.InvalidDate, p.Value)
	case domain.MinutesNegative:
		return ui.MinutesNegative
	case domain.MinutesTooMany:
		return fmt.Sprintf(ui.MinutesTooMany, p.Limit)
	case domain.RatingRange:
		return ui.RatingRange
	case domain.TooManyResources:
		return fmt.Sprintf(ui.TooManyResources, p.Got, p.Limit)
	case domain.TagOneWord:
		return fmt.Sprintf(ui.TagOneWord, p.Value)
	case domain.TooManyTags:
		return fmt.Sprintf(ui.TooManyTags, p.Got, p.Limit)
	case domain.OnceNeedsDue:
		return ui.OnceNeedsDue
	case domain.DateOutOfRange:
		return fmt.Sprintf(ui.DateOutOfRange, p.Value)
	case domain.MeasureSyntax:
		return fmt.Sprintf(ui.MeasureSyntax, p.Value)
	case domain.MeasureRange:
		if p.Field == "amount" {
			return fmt.Sprintf(ui.AmountRange, p.Limit)
		}
		return fmt.Sprintf(ui.MeasureRange, p.Limit)
	case domain.MeasureUnit, domain.MeasureKind:
		return ui.MeasureUnit
	}
	return err.Error()
}

// labels maps the domain's field names to a form's labels; a name it does
// not know stays as it is.
func labels(byField map[string]string) func(string) string {
	return func(field string) string {
		if l, ok := byField[field]; ok {
			return l
		}
		return field
	}
}
