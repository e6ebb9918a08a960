package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// lazyScreen builds its screen when it is first shown or warmed up (Init),
// so a screen that reads much content at construction (the guide, the FAQ)
// costs nothing before the first frame. Until then it ignores messages.
type lazyScreen struct {
	build         func() screen
	s             screen
	width, height int
}

func lazy(build func() screen) *lazyScreen { return &lazyScreen{build: build} }

func (l *lazyScreen) Init() tea.Cmd {
	if l.s == nil {
		l.s = l.build()
		l.s.SetSize(l.width, l.height)
	}
	return l.s.Init()
}

func (l *lazyScreen) Update(msg tea.Msg) (screen, tea.Cmd) {
	if l.s == nil {
		return l, nil
	}
	var cmd tea.Cmd
	l.s, cmd = l.s.Update(msg)
	return l, cmd
}

func (l *lazyScreen) View() string {
	if l.s == nil {
		return ""
	}
	return l.s.View()
}

func (l *lazyScreen) SetSize(w, h int) {
	l.width, l.height = w, h
	if l.s != nil {
		l.s.SetSize(w, h)
	}
}

func (l *lazyScreen) ShortHelp() []key.Binding {
	if l.s == nil {
		return nil
	}
	return l.s.ShortHelp()
}

func (l *lazyScreen) FullHelp() [][]key.Binding {
	if l.s == nil {
		return nil
	}
	return l.s.FullHelp()
}

func (l *lazyScreen) Capturing() bool { return l.s != nil && l.s.Capturing() }
