// A small self-hosted reader for /openapi.json: each route with its parameters. Nothing is fetched
// from outside this server. Every string from the description is inserted as text, never as HTML.
(function () {
  "use strict";
  var root = document.getElementById("api-docs");
  if (!root) return;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function schemaLabel(schema) {
    if (!schema) return "";
    if (schema.anyOf) return schema.anyOf.map(schemaLabel).filter(Boolean).join(" | ");
    if (schema.enum) return schema.enum.join(" | ");
    var label = schema.type || (schema.$ref ? schema.$ref.split("/").pop() : "");
    if (schema.minimum !== undefined || schema.maximum !== undefined) {
      label += " [" + (schema.minimum !== undefined ? schema.minimum : "") + ".." +
        (schema.maximum !== undefined ? schema.maximum : "") + "]";
    }
    return label === "null" ? "" : label;
  }

  function render(spec) {
    root.textContent = "";
    var paths = Object.keys(spec.paths || {}).sort();
    paths.forEach(function (path) {
      var operations = spec.paths[path];
      Object.keys(operations).forEach(function (method) {
        var op = operations[method];
        var section = el("section", "endpoint");
        var head = el("h2");
        head.appendChild(el("span", "method", method.toUpperCase()));
        head.appendChild(document.createTextNode(" "));
        head.appendChild(el("code", null, path));
        section.appendChild(head);
        if (op.summary) section.appendChild(el("p", "summary", op.summary));
        if (op.description) section.appendChild(el("p", "description", op.description));
        var params = op.parameters || [];
        if (params.length) {
          var table = el("table", "params");
          var header = el("tr");
          ["parameter", "in", "type", "description"].forEach(function (h) { header.appendChild(el("th", null, h)); });
          table.appendChild(header);
          params.forEach(function (p) {
            var row = el("tr");
            row.appendChild(el("td", null, p.name + (p.required ? " *" : "")));
            row.appendChild(el("td", null, p["in"]));
            row.appendChild(el("td", null, schemaLabel(p.schema)));
            row.appendChild(el("td", null, p.description || (p.schema && p.schema.description) || ""));
            table.appendChild(row);
          });
          section.appendChild(table);
        }
        if (method === "get" && path.indexOf("{") === -1) {
          var link = el("a", "try", "try it");
          link.href = path;
          section.appendChild(link);
        }
        root.appendChild(section);
      });
    });
  }

  fetch(root.getAttribute("data-openapi"))
    .then(function (response) { return response.json(); })
    .then(render)
    .catch(function (error) { root.textContent = "Could not load the OpenAPI description: " + error; });
})();
