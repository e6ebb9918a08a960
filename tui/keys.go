package tui

import (
	"charm.land/bubbles/v2/key"

	"coach/content"
)

// keyMap holds every binding of the app, grouped by where it applies. The
// help views are generated from these, so help cannot drift from the keys.
type keyMap struct {
	// Global, outside text fields (ctrl+c works everywhere).
	Quit, Help, NextTab, PrevTab, Screens, Undo key.Binding
	Sync                                        key.Binding // sync with the other machines now
	Tabs                                        [6]key.Binding
	// Lists and panes.
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
	// Today.
	Toggle, PrevDay, NextDay, Today key.Binding
	Days                            key.Binding // PrevDay and NextDay in one help entry
	// Today's loop: the whole advice (and adding its task), the day
	// before's next step as a task, a tick's minutes and note, and last
	// week's missing review.
	Advice, AddAdvice, NextStep, LogTime, Dismiss, WriteReview key.Binding
	// Progress opens a habit's history; there the arrows move a day
	// cursor (MoveDay is their one help entry).
	History, MoveDay key.Binding
	// Goals count one more or less toward a target the user counts;
	// Count is their one help entry.
	Count, CountMore, CountLess key.Binding
	// Records.
	Add, Edit, Delete, Confirm, Cancel, Open, Back key.Binding
	Complete, Archive, Reopen, ShowAll, Onboard    key.Binding
	// Forms.
	Save, SaveMultiline, NextField, PrevField, Choice, Editor key.Binding
	ChoicePrev, ChoiceNext                                    key.Binding // Choice, one way each
	Rate                                                      key.Binding // 1–5 on a rating field
	SaveAnyField, NewLine                                     key.Binding // the save rule in full help (form.saveKeys)
	// Reflect, Guide, FAQ.
	Filter, Clear, Review, Past, Related, FocusList, FocusText key.Binding
	KeepFilter                                                 key.Binding
	EditEntry                                                  key.Binding // e or enter on a reflection or review
	Results, ResultUp, ResultDown                              key.Binding // arrows through results while typing a search
	// The welcome's pick of starters.
	Select, AddPicked, Skip key.Binding
	// Recall: r on Today opens today's session; in it space shows the
	// note, 1–4 grade it (Grade is their one help entry), s retires the
	// card, esc or q ends the session.
	Recall, Reveal, Retire, EndSession key.Binding
	Grade                              key.Binding
	Grades                             [4]key.Binding // again, hard, good, easy
}

func newKeys(t content.KeysUI) keyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	k := keyMap{
		Quit:    b([]string{"q", "ctrl+c"}, "q", t.Quit),
		Help:    b([]string{"?"}, "?", t.Help),
		NextTab: b([]string{"tab"}, "tab", t.NextTab),
		PrevTab: b([]string{"shift+tab"}, "shift+tab", t.PrevTab),
		Screens: b([]string{"1", "2", "3", "4", "5", "6"}, "1-6", t.Screens),
		Undo:    b([]string{"u"}, "u", t.Undo),
		Sync:    b([]string{"S"}, "S", t.Sync),

		Up:       b([]string{"k", "up"}, "↑/k", t.Up),
		Down:     b([]string{"j", "down"}, "↓/j", t.Down),
		Top:      b([]string{"g", "home"}, "g", t.Top),
		Bottom:   b([]string{"G", "end"}, "G", t.Bottom),
		PageUp:   b([]string{"pgup", "ctrl+u"}, "pgup", t.PageUp),
		PageDown: b([]string{"pgdown", "ctrl+d"}, "pgdn", t.PageDown),

		Toggle:  b([]string{"space", "x"}, "space/x", t.Toggle),
		PrevDay: b([]string{"h", "left"}, "←/h", t.PrevDay),
		NextDay: b([]string{"l", "right"}, "→/l", t.NextDay),
		Today:   b([]string{"t"}, "t", t.Today),
		Days:    b([]string{"h", "l", "left", "right"}, "←/→", t.Days),

		Advice:      b([]string{"s"}, "s", t.Advice),
		AddAdvice:   b([]string{"a"}, "a", t.AddAdvice),
		NextStep:    b([]string{"n"}, "n", t.NextStep),
		LogTime:     b([]string{"m"}, "m", t.LogTime),
		Dismiss:     b([]string{"D"}, "D", t.Dismiss),
		WriteReview: b([]string{"w"}, "w", t.WriteReview),

		History: b([]string{"enter"}, "enter", t.History),
		MoveDay: b([]string{"left", "right", "up", "down", "h", "j", "k", "l"}, "←↓↑→/hjkl", t.MoveDay),

		Count:     b([]string{"+", "=", "-"}, "+/-", t.Count),
		CountMore: b([]string{"+", "="}, "+", t.Count),
		CountLess: b([]string{"-"}, "-", t.Count),

		Add:      b([]string{"a"}, "a", t.Add),
		Edit:     b([]string{"e"}, "e", t.Edit),
		Delete:   b([]string{"d"}, "d", t.Delete),
		Confirm:  b([]string{"y", "Y"}, "y", t.Confirm),
		Cancel:   b([]string{"esc"}, "esc", t.Cancel),
		Open:     b([]string{"enter"}, "enter", t.Open),
		Back:     b([]string{"esc"}, "esc", t.Back),
		Complete: b([]string{"c"}, "c", t.Complete),
		Archive:  b([]string{"d"}, "d", t.Archive),
		Reopen:   b([]string{"r"}, "r", t.Reopen),
		ShowAll:  b([]string{"A"}, "A", t.ShowAll),
		Onboard:  b([]string{"o"}, "o", t.Onboard),

		Save:          b([]string{"enter"}, "enter", t.Save),
		SaveMultiline: b([]string{"ctrl+s"}, "ctrl+s", t.SaveMultiline),
		NextField:     b([]string{"tab"}, "tab", t.NextField),
		PrevField:     b([]string{"shift+tab"}, "shift+tab", t.PrevField),
		Choice:        b([]string{"left", "right"}, "←/→", t.Choice),
		ChoicePrev:    b([]string{"left", "h"}, "←/h", t.Choice),
		ChoiceNext:    b([]string{"right", "l", "space"}, "→/l", t.Choice),
		Editor:        b([]string{"ctrl+e"}, "ctrl+e", t.Editor),
		Rate:          b([]string{"1", "2", "3", "4", "5"}, "1-5", t.Rate),
		SaveAnyField:  b([]string{"ctrl+s"}, "ctrl+s", t.SaveAnyField),
		NewLine:       b([]string{"enter"}, "enter", t.NewLine),

		Filter:    b([]string{"/"}, "/", t.Filter),
		Clear:     b([]string{"esc"}, "esc", t.Clear),
		Review:    b([]string{"w"}, "w", t.Review),
		Past:      b([]string{"p"}, "p", t.Past),
		Related:   b([]string{"enter"}, "enter", t.Related),
		FocusList: b([]string{"h", "left"}, "←/h", t.FocusList),
		FocusText: b([]string{"l", "right"}, "→/l", t.FocusText),

		KeepFilter: b([]string{"enter"}, "enter", t.KeepFilter),
		EditEntry:  b([]string{"e", "enter"}, "e/enter", t.Edit),
		Results:    b([]string{"up", "down"}, "↑/↓", t.Up+"/"+t.Down),
		ResultUp:   b([]string{"up"}, "↑", t.Up),
		ResultDown: b([]string{"down"}, "↓", t.Down),
	}
	k.Select = b([]string{"space", "x"}, "space", t.Select)
	k.AddPicked = b([]string{"enter"}, "enter", t.AddPicked)
	k.Skip = b([]string{"esc"}, "esc", t.Skip)
	k.Recall = b([]string{"r"}, "r", t.Recall)
	k.Reveal = b([]string{"space"}, "space", t.Reveal)
	k.Retire = b([]string{"s"}, "s", t.Retire)
	k.EndSession = b([]string{"esc", "q"}, "esc/q", t.EndSession)
	k.Grade = b([]string{"1", "2", "3", "4"}, "1-4", t.Grade)
	for i, desc := range []string{t.Again, t.Hard, t.Good, t.Easy} {
		d := string(rune('1' + i))
		k.Grades[i] = b([]string{d}, d, desc)
	}
	for i := range k.Tabs {
		d := string(rune('1' + i))
		k.Tabs[i] = b([]string{d}, d, t.Screens)
	}
	return k
}
