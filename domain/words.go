package domain

import (
	"strings"
	"time"
	"unicode"
)

// The words a person types for a schedule, a competency or a date come in
// either language the app speaks: what a list shows must read back as the
// same value. These are the helpers the parsers share.

// fold is typed input as the parsers compare it: full-width letters, digits
// and punctuation made ASCII (an IME in Chinese mode types "３" and "，"),
// lower case, runs of spaces made one, no space at either end.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == 0x3000:
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// zhWeekdayDigits are the characters after 周 or 星期 that name a day.
var zhWeekdayDigits = map[rune]time.Weekday{
	'一': time.Monday, '二': time.Tuesday, '三': time.Wednesday, '四': time.Thursday,
	'五': time.Friday, '六': time.Saturday, '日': time.Sunday, '天': time.Sunday,
	'1': time.Monday, '2': time.Tuesday, '3': time.Wednesday, '4': time.Thursday,
	'5': time.Friday, '6': time.Saturday, '7': time.Sunday,
}

// zhWeekPrefixes introduce Chinese weekday names: 周一, 星期一, 礼拜一.
var zhWeekPrefixes = []string{"星期", "礼拜", "周"}

// cutWeekPrefix removes a leading 周, 星期 or 礼拜.
func cutWeekPrefix(v string) (string, bool) {
	for _, p := range zhWeekPrefixes {
		if rest, ok := strings.CutPrefix(v, p); ok {
			return rest, true
		}
	}
	return v, false
}

// zhDays reads the day characters of 周一三五 (after the prefix) into days.
func zhDays(v string, days *[7]bool) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		wd, ok := zhWeekdayDigits[r]
		if !ok {
			return false
		}
		days[wd] = true
	}
	return true
}

// weekdayWord reads one weekday in either language: mon, Monday, 周一,
// 星期一, 礼拜天.
func weekdayWord(v string) (time.Weekday, bool) {
	if wd, ok := weekdayNames[v]; ok {
		return wd, true
	}
	rest, ok := cutWeekPrefix(v)
	if !ok || len([]rune(rest)) != 1 {
		return 0, false
	}
	wd, ok := zhWeekdayDigits[[]rune(rest)[0]]
	return wd, ok
}

// zhNumerals are the Chinese numerals a count a week is written with.
var zhNumerals = map[rune]int{'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9, '零': 0}

// smallNumber reads a whole number written in digits, or one Chinese
// numeral (两 for 2); ok is false for anything else.
func smallNumber(v string) (int, bool) {
	if r := []rune(v); len(r) == 1 {
		if n, ok := zhNumerals[r[0]]; ok {
			return n, true
		}
	}
	if v == "" || len(v) > 3 {
		return 0, false
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}
