package content

import "testing"

// A schedule reads in the interface's language in lists.
func TestScheduleText(t *testing.T) {
	for _, tt := range []struct {
		repeat, en, zh string
	}{
		{"daily", "daily", "每天"},
		{"weekdays", "weekdays", "工作日"},
		{"3/week", "3/week", "每周 3 次"},
		{"fri,mon,wed", "mon,wed,fri", "周一、周三、周五"},
		{"sun", "sun", "周日"},
		{"once", "", ""},
		{"fortnightly", "fortnightly", "fortnightly"}, // not a schedule: shown as stored
	} {
		if got := Strings(EN).Today.ScheduleText(tt.repeat); got != tt.en {
			t.Errorf("en %q = %q, want %q", tt.repeat, got, tt.en)
		}
		if got := Strings(ZH).Today.ScheduleText(tt.repeat); got != tt.zh {
			t.Errorf("zh %q = %q, want %q", tt.repeat, got, tt.zh)
		}
	}
	if got := Strings(ZH).Today.MinutesText(45); got != "45 分钟" {
		t.Errorf("zh minutes = %q", got)
	}
}
