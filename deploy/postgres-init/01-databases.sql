-- Each service owns its database (POSTGRES_DB creates the registry's); run once on an empty volume.
CREATE DATABASE loans OWNER employment;
CREATE DATABASE training OWNER employment;
CREATE DATABASE hiring OWNER employment;
CREATE DATABASE jobs OWNER employment;
CREATE DATABASE risk OWNER employment;
