// Article page: clicking a record in the side list marks its spans in the text and scrolls to them;
// clicking a highlighted piece of text selects the record it belongs to. No dependencies.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  if (!text) return;

  function piecesOf(recordId) {
    return text.querySelectorAll('[data-recs~="' + CSS.escape(recordId) + '"]');
  }

  function select(recordId, scroll) {
    var previous = document.querySelectorAll(".active");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("active");
    var item = document.querySelector('.rec[data-rec="' + CSS.escape(recordId) + '"]');
    var pieces = piecesOf(recordId);
    if (!item && pieces.length === 0) return false;
    for (var j = 0; j < pieces.length; j++) pieces[j].classList.add("active");
    if (item) {
      item.classList.add("active");
      item.setAttribute("aria-current", "true");
    }
    if (scroll && pieces.length) pieces[0].scrollIntoView({ block: "center" });
    if (item && scroll) item.scrollIntoView({ block: "nearest" });
    if (history.replaceState) history.replaceState(null, "", "#" + encodeURIComponent(recordId));
    return true;
  }

  var items = document.querySelectorAll(".rec[data-rec]");
  for (var k = 0; k < items.length; k++) {
    items[k].addEventListener("click", function (event) {
      select(event.currentTarget.getAttribute("data-rec"), true);
    });
    items[k].addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(event.currentTarget.getAttribute("data-rec"), true);
      }
    });
  }

  // A click in the text selects the innermost record there (the last one listed on the piece).
  text.addEventListener("click", function (event) {
    var piece = event.target.closest ? event.target.closest("[data-recs]") : null;
    if (!piece) return;
    var records = piece.getAttribute("data-recs").split(" ");
    var recordId = records[records.length - 1];
    select(recordId, false);
    var item = document.querySelector('.rec[data-rec="' + CSS.escape(recordId) + '"]');
    if (item) item.scrollIntoView({ block: "nearest" });
  });

  // Arriving from the timeline or a search result (#e3, #s2): mark that record at once.
  if (location.hash.length > 1) {
    var wanted = decodeURIComponent(location.hash.slice(1));
    select(wanted, true);
  }
  document.body.setAttribute("data-ready", "true");
})();
