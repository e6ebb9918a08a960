package content

import (
	"reflect"
	"testing"
)

// Every interface string exists in both languages: a field left empty would
// show as a blank (or fall back to nothing) on a Chinese screen.
func TestInterfaceStringsComplete(t *testing.T) {
	for _, l := range Langs() {
		walkStrings(t, string(l), reflect.ValueOf(Strings(l)))
	}
	if Strings(ZH).Common.Tabs == Strings(EN).Common.Tabs {
		t.Error("the Chinese tab names are the English ones")
	}
}

func walkStrings(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			walkStrings(t, path+"."+v.Type().Field(i).Name, v.Field(i))
		}
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkStrings(t, path, v.Index(i))
		}
	case reflect.String:
		// Day labels of the heat-map are left blank on purpose on
		// alternate rows.
		if v.String() == "" && path != string(EN)+".Coach.Days" && path != string(ZH)+".Coach.Days" {
			t.Errorf("%s is empty", path)
		}
	}
}
