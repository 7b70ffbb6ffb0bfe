"""The environment variable that names the database, in a module light enough to import before
the window is on screen (db.session brings SQLAlchemy with it)."""

DATABASE_VARIABLE = "FACTSHEET_DB"
