package tui

// TEMPORARY: stands in for screens still being written in this session;
// each is replaced by its own file.

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

type blankScreen struct{}

func (b *blankScreen) Init() tea.Cmd                    { return nil }
func (b *blankScreen) Update(tea.Msg) (screen, tea.Cmd) { return b, nil }
func (b *blankScreen) View() string                     { return "" }
func (b *blankScreen) SetSize(int, int)                 {}
func (b *blankScreen) ShortHelp() []key.Binding         { return nil }
func (b *blankScreen) FullHelp() [][]key.Binding        { return nil }
func (b *blankScreen) Capturing() bool                  { return false }

