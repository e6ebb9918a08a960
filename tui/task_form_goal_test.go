package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"coach/content"
	"coach/domain"
)

// The task form shows a goal's name whole where the window has room for
// it (it was cut at 30 characters at every width), and cuts it only to
// the room at 80 columns.
func TestTaskFormShowsGoalNamesWhole(t *testing.T) {
	for lang, title := range map[content.Lang]string{
		content.EN: "Learn how PostgreSQL plans and executes queries end to end",
		content.ZH: "弄懂 PostgreSQL 如何规划和执行查询，从头到尾",
	} {
		sh := testShared(t, lang)
		goals := []domain.Goal{{ID: 1, Title: "Go", Competency: "depth"}, {ID: 2, Title: title, Competency: "depth"}}
		tf := newTaskForm(sh, domain.Task{Due: testDay, GoalID: 2}, goals)
		tf.SetSize(80, 20)
		tf.setFocus(tfGoal)
		view := ansi.Strip(tf.View())
		if !strings.Contains(view, title) {
			t.Errorf("%s: the goal %q is not whole at 80 columns:\n%s", lang, title, view)
		}
		assertFits(t, view, 80)
		// Narrower, the name is cut to the room, never past it.
		tf.SetSize(50, 20)
		assertFits(t, ansi.Strip(tf.View()), 50)
		// One goal at a time, the choice says where it is among them.
		tf.Update(keyMsg("left"))
		if view := ansi.Strip(tf.View()); !strings.Contains(view, "◀ Go ▶ 2/3") {
			t.Errorf("%s: one goal at a time does not say where it is among the 3:\n%s", lang, view)
		}
	}
}
