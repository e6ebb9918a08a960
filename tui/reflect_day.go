package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"coach/domain"
)

// dayModel is the Reflect screen's day view: one day's reflection, today
// unless moved with h/l, read-only until e opens its form.
type dayModel struct {
	*reflectCommon
	day       domain.Date
	dayRec    domain.Reflection
	dayFound  bool
	dayLoaded bool
	scroll    int
}

// reflectionLoadedMsg carries the reflection of one day.
type reflectionLoadedMsg struct {
	day   domain.Date
	r     domain.Reflection
	found bool
	err   error
}

func newDayModel(c *reflectCommon) *dayModel {
	return &dayModel{reflectCommon: c, day: c.sh.today()}
}

func (d *dayModel) load() tea.Cmd {
	st, day := d.sh.store, d.day
	return func() tea.Msg {
		r, found, err := st.Reflection(day)
		return reflectionLoadedMsg{day: day, r: r, found: found, err: err}
	}
}

func (d *dayModel) Capturing() bool { return false }

func (d *dayModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reflectionLoadedMsg:
		if msg.day != d.day {
			return nil
		}
		if msg.err != nil {
			return reportErr(msg.err)
		}
		d.dayRec, d.dayFound, d.dayLoaded = msg.r, msg.found, true
	case dayChangedMsg:
		if d.day == msg.from {
			d.day, d.dayLoaded, d.scroll = msg.to, false, 0
		}
	case tea.KeyPressMsg:
		return d.handleKey(msg)
	}
	return nil
}

func (d *dayModel) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := d.sh.keys
	switch {
	case key.Matches(msg, k.EditEntry):
		return d.edit()
	case key.Matches(msg, k.PrevDay):
		return d.show(d.day.Step(-1))
	case key.Matches(msg, k.NextDay):
		if d.day < d.sh.today() {
			return d.show(d.day.Step(1))
		}
	case key.Matches(msg, k.Today):
		return d.show(d.sh.today())
	case key.Matches(msg, k.Past):
		return d.nav.show(reflectPast)
	case key.Matches(msg, k.Filter):
		return d.nav.searchPast()
	case key.Matches(msg, k.Review):
		return d.nav.show(reflectReview)
	case key.Matches(msg, k.Delete):
		return d.askDiscard(rfDayKey(d.day))
	default:
		head, body := d.parts()
		d.scroll = rfScrollKey(msg, k, d.scroll, len(body), d.height-len(head))
	}
	return nil
}

func (d *dayModel) show(day domain.Date) tea.Cmd {
	if day == d.day {
		return nil
	}
	d.day, d.dayLoaded, d.scroll = day, false, 0
	return d.load()
}

// edit opens the form of the shown day: its draft when there is one, else
// the stored reflection.
func (d *dayModel) edit() tea.Cmd {
	if !d.dayLoaded || d.day > d.sh.today() {
		return nil
	}
	f := d.drafts[rfDayKey(d.day)]
	if f == nil {
		r := d.dayRec
		if !d.dayFound {
			r = domain.Reflection{Date: d.day}
		}
		f = newReflectionForm(d.sh, r)
		f.unrated = d.dayFound && r.Rating == domain.Unrated
		d.drafts[f.key()] = f
	}
	return d.nav.openForm(f)
}

// editStored shows r, already read, and opens its form.
func (d *dayModel) editStored(r domain.Reflection) tea.Cmd {
	d.day, d.scroll = r.Date, 0
	d.saved(r)
	return d.edit()
}

// saved shows a reflection just written, if it is the shown day's,
// before the reload confirms it.
func (d *dayModel) saved(r domain.Reflection) {
	if r.Date == d.day {
		d.dayRec, d.dayFound, d.dayLoaded = r, true, true
	}
}

// parts is the day view: fixed lines on top and a scrolling body.
func (d *dayModel) parts() (head, body []string) {
	st, t, w := d.sh.styles, d.sh.ui.Reflect, d.width
	head = append([]string{st.Heading.Render(truncateText(d.dayHeading(d.day), w))}, d.notes(rfDayKey(d.day))...)
	switch {
	case !d.dayLoaded:
		body = []string{st.Muted.Render(d.sh.ui.Common.Loading)}
	case !d.dayFound:
		body = rfStyleLines(st.Muted.Render, rfWrap(t.Empty, w))
	default:
		body = d.reflectionLines(d.dayRec, w)
	}
	return head, body
}

func (d *dayModel) View() []string {
	head, body := d.parts()
	return append(head, rfWindow(body, d.scroll, d.height-len(head))...)
}

func (d *dayModel) ShortHelp() []key.Binding {
	k := d.sh.keys
	return []key.Binding{k.EditEntry, k.Days, k.Past, k.Review} // one entry for both days: the line fits 80 columns
}

func (d *dayModel) FullHelp() [][]key.Binding {
	k := d.sh.keys
	return [][]key.Binding{
		{k.EditEntry, k.Delete},
		{k.PrevDay, k.NextDay, k.Today},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Past, k.Filter, k.Review},
	}
}
