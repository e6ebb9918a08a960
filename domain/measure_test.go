package domain

import (
	"errors"
	"testing"
)

func TestParseMeasure(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Measure
		rule Rule
	}{
		{"", Measure{}, 0},
		{"  ", Measure{}, 0},
		{"40 check-ins", Measure{Kind: MeasureCheckIns, Target: 40}, 0},
		{"40 Check-Ins", Measure{Kind: MeasureCheckIns, Target: 40}, 0},
		{"30次打卡", Measure{Kind: MeasureCheckIns, Target: 30}, 0},
		{"600 minutes", Measure{Kind: MeasureMinutes, Target: 600}, 0},
		{"600分钟", Measure{Kind: MeasureMinutes, Target: 600}, 0},
		{"10 hours", Measure{Kind: MeasureMinutes, Target: 600}, 0},
		{"10 小时", Measure{Kind: MeasureMinutes, Target: 600}, 0},
		{"1,000 min", Measure{Kind: MeasureMinutes, Target: 1000}, 0},
		{"40 graph problems", Measure{Kind: MeasureAmount, Target: 40, Unit: "graph problems"}, 0},
		{"12 本书", Measure{Kind: MeasureAmount, Target: 12, Unit: "本书"}, 0},
		{"1000000 pages", Measure{Kind: MeasureAmount, Target: MaxMeasure, Unit: "pages"}, 0},
		{"1000001 pages", Measure{}, MeasureRange},
		{"99999999999999999999 pages", Measure{}, MeasureRange},
		{"20000 hours", Measure{}, MeasureRange}, // 1.2 million minutes
		{"0 problems", Measure{}, MeasureRange},
		{"40", Measure{}, MeasureSyntax},
		{"problems", Measure{}, MeasureSyntax},
		{"-3 problems", Measure{}, MeasureSyntax},
		{"2.5 hours", Measure{}, MeasureSyntax},
		{",5 problems", Measure{}, MeasureSyntax},
		{"1,00 problems", Measure{}, MeasureSyntax},
		{"1,,000 problems", Measure{}, MeasureSyntax},
		{"1000, problems", Measure{}, MeasureSyntax},
		{"12,345 pages", Measure{Kind: MeasureAmount, Target: 12345, Unit: "pages"}, 0},
		{"1,000,000 lines", Measure{Kind: MeasureAmount, Target: MaxMeasure, Unit: "lines"}, 0},
		{"40 problems that go on and on and on forever", Measure{}, TooLong},
	} {
		got, err := ParseMeasure(tc.in)
		var p *Problem
		switch {
		case tc.rule == 0 && err != nil:
			t.Errorf("ParseMeasure(%q): %v", tc.in, err)
		case tc.rule != 0 && (!errors.As(err, &p) || p.Rule != tc.rule):
			t.Errorf("ParseMeasure(%q) = %+v, %v; want rule %d", tc.in, got, err, tc.rule)
		case tc.rule == 0 && got != tc.want:
			t.Errorf("ParseMeasure(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

// A number too large for any int is named as typed, not as another number.
func TestParseMeasureNamesAHugeNumber(t *testing.T) {
	_, err := ParseMeasure("99999999999999999999 pages")
	if err == nil || err.Error() != "a target counts 1 to 1000000, got 99999999999999999999" {
		t.Errorf("huge number: %v", err)
	}
}

// What FormatMeasure writes, ParseMeasure reads back, in both languages.
func TestFormatMeasureReadsBack(t *testing.T) {
	for _, m := range []Measure{
		{Kind: MeasureCheckIns, Target: 40}, {Kind: MeasureMinutes, Target: 600},
		{Kind: MeasureAmount, Target: 12, Unit: "本书"}, {Kind: MeasureAmount, Target: 40, Unit: "graph problems"},
	} {
		for _, words := range [][2]string{{"check-ins", "minutes"}, {"次打卡", "分钟"}} {
			s := FormatMeasure(m, words[0], words[1])
			back, err := ParseMeasure(s)
			if err != nil || back != m {
				t.Errorf("%+v written %q read back as %+v, %v", m, s, back, err)
			}
		}
	}
	if s := FormatMeasure(Measure{Kind: MeasureCheckIns, Target: 30}, "次打卡", "分钟"); s != "30次打卡" {
		t.Errorf("Chinese check-ins written %q, want 30次打卡", s)
	}
}

func TestCleanMeasure(t *testing.T) {
	m, err := CleanMeasure(Measure{Kind: MeasureCheckIns, Target: 5, Unit: "x", Amount: 3})
	if err != nil || m != (Measure{Kind: MeasureCheckIns, Target: 5}) {
		t.Errorf("a counted kind keeps no unit or amount: %+v %v", m, err)
	}
	for _, bad := range []Measure{
		{Kind: "pages", Target: 1},
		{Kind: MeasureMinutes},
		{Kind: MeasureAmount, Target: 3},
		{Kind: MeasureAmount, Target: 3, Unit: "a\nb"},
		{Kind: MeasureAmount, Target: 3, Unit: "x", Amount: -1},
		{Kind: MeasureAmount, Target: 3, Unit: "x", Amount: MaxMeasure + 1},
		{Target: 3},
	} {
		if _, err := CleanMeasure(bad); err == nil {
			t.Errorf("CleanMeasure(%+v) accepted", bad)
		}
	}
	if m, err := CleanMeasure(Measure{Kind: MeasureAmount, Target: 3, Unit: " pages ", Amount: 9}); err != nil || m.Unit != "pages" || m.Amount != 9 {
		t.Errorf("amount past its target is fine, unit trimmed: %+v %v", m, err)
	}
}

// A goal with a target shows it, whatever tasks it has; the bar stops full.
func TestFiguresShowTheTarget(t *testing.T) {
	f := Figures{OnceDone: 1, OnceTotal: 4, Habits: 2, Kept: 10, Due: 20}
	if f.Shown() != FigureHabits {
		t.Fatalf("without a target: %s", f.Shown())
	}
	g := Goal{Measure: Measure{Kind: MeasureCheckIns, Target: 40}}
	tf := f.WithMeasure(g, 13, 400)
	if tf.Shown() != FigureTarget || tf.Reached != 13 || tf.Share() != 13.0/40 {
		t.Errorf("check-ins target: %s reached %d share %v", tf.Shown(), tf.Reached, tf.Share())
	}
	g.Measure = Measure{Kind: MeasureMinutes, Target: 300}
	if tf := f.WithMeasure(g, 13, 400); tf.Reached != 400 || tf.Share() != 1 {
		t.Errorf("minutes past the target: reached %d share %v", tf.Reached, tf.Share())
	}
	g.Measure = Measure{Kind: MeasureAmount, Target: 40, Unit: "problems", Amount: 17}
	if tf := f.WithMeasure(g, 13, 400); tf.Reached != 17 {
		t.Errorf("amount: reached %d, want the user's 17", tf.Reached)
	}
}
