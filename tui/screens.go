package tui

// screenKind names a screen. The tab bar shows them in this order, and
// the number keys 1–6 follow it; a screen that sends the user to another
// names its kind, never a position.
type screenKind int

const (
	todayScreenKind screenKind = iota
	goalsScreenKind
	reflectScreenKind
	progressScreenKind
	guideScreenKind
	faqScreenKind
	screenKinds // how many there are
)

// screenMakers builds each kind of screen. The Guide and FAQ parse their
// content on first use, so they start as stand-ins (see lazy).
var screenMakers = [screenKinds]func(*shared) screen{
	todayScreenKind:    newTodayScreen,
	goalsScreenKind:    newGoalsScreen,
	reflectScreenKind:  newReflectScreen,
	progressScreenKind: newProgressScreen,
	guideScreenKind:    func(sh *shared) screen { return lazy(func() screen { return newGuideScreen(sh) }) },
	faqScreenKind:      func(sh *shared) screen { return lazy(func() screen { return newFAQScreen(sh) }) },
}

// allScreens builds one screen of every kind, in the tab bar's order.
func allScreens(sh *shared) [screenKinds]screen {
	var out [screenKinds]screen
	for k, build := range screenMakers {
		out[k] = build(sh)
	}
	return out
}

// switchScreenMsg lets a screen send the user to another screen.
type switchScreenMsg struct{ to screenKind }
