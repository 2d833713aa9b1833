// The version slider and the version number field move together; letting go of the slider shows that version.
// Without this script the number field and its button do the same, so the page works without JavaScript.
(function () {
  "use strict";
  var fields = document.querySelectorAll("[data-mirror]");
  fields.forEach(function (field) {
    var other = document.getElementById(field.getAttribute("data-mirror"));
    if (!other) { return; }
    field.addEventListener("input", function () { other.value = field.value; });
    if (field.type === "range") {
      field.addEventListener("pointerup", function () { field.form.requestSubmit(); });
    }
  });
}());
