-- The limits of a comment count characters (code points), checked by the application. PostgreSQL's VARCHAR(n)
-- counts them too, but H2 counts UTF-16 units, in which an emoji is two: twice the room, so that 5,000 emoji fit.
ALTER TABLE pan_public_comment ALTER COLUMN body SET DATA TYPE VARCHAR(10000);
ALTER TABLE pan_public_comment ALTER COLUMN author_name SET DATA TYPE VARCHAR(240);
ALTER TABLE pan_public_comment ALTER COLUMN organisation SET DATA TYPE VARCHAR(400);
ALTER TABLE pan_public_comment ALTER COLUMN email SET DATA TYPE VARCHAR(508);
