package content

import (
	"strings"
	"testing"
)

func TestParseLang(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Lang
	}{
		{"en", EN}, {"zh", ZH}, {"EN", EN}, {"Zh", ZH}, {" zh ", ZH},
		{"zh_CN.UTF-8", ZH}, {"zh_TW", ZH}, {"zh-Hans", ZH}, {"en_US", EN},
		{"en_GB.UTF-8@euro", EN}, {"en-US", EN},
	} {
		got, err := ParseLang(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "fr", "C", "POSIX", "english", "zhx", "e"} {
		got, err := ParseLang(in)
		if err == nil {
			t.Errorf("ParseLang(%q) = %q, want an error", in, got)
			continue
		}
		if !strings.Contains(err.Error(), `"`+in+`"`) {
			t.Errorf("ParseLang(%q) error %q does not name the value", in, err)
		}
	}
}

func TestDetectLang(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want Lang
	}{
		{"nothing set", nil, EN},
		{"LANG zh", map[string]string{"LANG": "zh_CN.UTF-8"}, ZH},
		{"LANG en", map[string]string{"LANG": "en_US.UTF-8"}, EN},
		{"LANG other", map[string]string{"LANG": "de_DE.UTF-8"}, EN},
		{"LC_MESSAGES beats LANG", map[string]string{"LC_MESSAGES": "zh_CN", "LANG": "en_US"}, ZH},
		{"LC_ALL beats LC_MESSAGES", map[string]string{"LC_ALL": "en_US", "LC_MESSAGES": "zh_CN"}, EN},
		{"LC_ALL C beats LANG zh", map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, EN},
		{"COACH_LANG beats all", map[string]string{"COACH_LANG": "zh", "LC_ALL": "en_US"}, ZH},
		{"COACH_LANG en", map[string]string{"COACH_LANG": "en", "LANG": "zh_CN"}, EN},
		{"COACH_LANG upper", map[string]string{"COACH_LANG": "ZH"}, ZH},
		{"empty values skipped", map[string]string{"COACH_LANG": "", "LC_ALL": " ", "LANG": "zh_TW"}, ZH},
	} {
		got := DetectLang(func(k string) string { return tc.env[k] })
		if got != tc.want {
			t.Errorf("%s: DetectLang = %q, want %q", tc.name, got, tc.want)
		}
	}
}
