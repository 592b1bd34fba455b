// Placeholder until the page is built; app.json already routes here.
Component({})
