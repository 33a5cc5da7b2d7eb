"""initial schema

On PostgreSQL every text column is ``text COLLATE "C"``: compared byte by byte, with ASCII-only
``lower()`` and no length limit, exactly as SQLite treats its text, so that sorts (the stored
Vietnamese sort keys above all), comparisons and long values give the same results on both
(hptracker.core.dialects). SQLite gets the columns as they always were.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 13:14:32.231674
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def _text(length=None):
    declared = sa.String(length=length) if length else sa.Text()
    return declared.with_variant(sa.Text(collation="C"), "postgresql")


def _sha256_is_hex() -> str:
    """SQLite's GLOB does not exist elsewhere; PostgreSQL gets the same rule written portably."""
    if op.get_bind().dialect.name == "sqlite":
        return "length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'"
    return "length(sha256) = 64 AND trim(sha256, '0123456789abcdef') = ''"


def upgrade() -> None:
    op.create_table('categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', _text(50), nullable=False),
    sa.Column('name', _text(200), nullable=False),
    sa.Column('name_en', _text(200), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.CheckConstraint('length(trim(code)) > 0', name=op.f('ck_categories_code_not_blank')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_categories_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('code', name=op.f('uq_categories_code'))
    )
    op.create_table('fields',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', _text(200), nullable=False),
    sa.Column('folded', _text(200), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_fields_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fields')),
    sa.UniqueConstraint('folded', name=op.f('uq_fields_folded'))
    )
    op.create_table('officers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', _text(200), nullable=False),
    sa.Column('position', _text(200), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_officers_name_not_blank')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officers')),
    sa.UniqueConstraint('name', name=op.f('uq_officers_name'))
    )
    op.create_table('partners',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', _text(300), nullable=False),
    sa.Column('name_en', _text(300), nullable=True),
    sa.Column('name_native', _text(300), nullable=True),
    sa.Column('kind', _text(20), nullable=False),
    sa.Column('level', _text(20), nullable=True),
    sa.Column('country', _text(2), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('relationship_level', _text(200), nullable=True),
    sa.Column('relationship_since', sa.Integer(), nullable=True),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.Column('notes', _text(), nullable=True),
    sa.Column('search_key', _text(), nullable=False),
    sa.Column('sort_key', _text(600), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('government', 'enterprise', 'organisation', 'education', 'other')", name=op.f('ck_partners_kind_valid')),
    sa.CheckConstraint("level IS NULL OR level IN ('country', 'province', 'city', 'district', 'other')", name=op.f('ck_partners_level_valid')),
    sa.CheckConstraint('country IS NULL OR (length(country) = 2 AND country = upper(country))', name=op.f('ck_partners_country_iso2')),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_partners_name_not_blank')),
    sa.CheckConstraint('name_en IS NULL OR length(trim(name_en)) > 0', name=op.f('ck_partners_name_en_null_or_text')),
    sa.CheckConstraint('name_native IS NULL OR length(trim(name_native)) > 0', name=op.f('ck_partners_name_native_null_or_text')),
    sa.CheckConstraint('parent_id IS NULL OR parent_id <> id', name=op.f('ck_partners_parent_not_self')),
    sa.CheckConstraint('relationship_since IS NULL OR relationship_since BETWEEN 1800 AND 2200', name=op.f('ck_partners_since_year')),
    sa.CheckConstraint('successor_id IS NULL OR successor_id <> id', name=op.f('ck_partners_successor_not_self')),
    sa.ForeignKeyConstraint(['parent_id'], ['partners.id'], name=op.f('fk_partners_parent_id_partners'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['successor_id'], ['partners.id'], name=op.f('fk_partners_successor_id_partners'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners'))
    )
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partners_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partners_sort_key'), ['sort_key'], unique=False)

    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', _text(300), nullable=False),
    sa.Column('name_en', _text(300), nullable=True),
    sa.Column('abbreviation', _text(50), nullable=True),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.Column('notes', _text(), nullable=True),
    sa.Column('search_key', _text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_units_name_not_blank')),
    sa.CheckConstraint('successor_id IS NULL OR successor_id <> id', name=op.f('ck_units_successor_not_self')),
    sa.ForeignKeyConstraint(['successor_id'], ['units.id'], name=op.f('fk_units_successor_id_units'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units'))
    )
    op.create_table('audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('entity', _text(40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', _text(10), nullable=False),
    sa.Column('old', _text(), nullable=True),
    sa.Column('new', _text(), nullable=True),
    sa.Column('note', _text(), nullable=True),
    sa.CheckConstraint("action IN ('create', 'update', 'delete', 'restore')", name=op.f('ck_audit_action_valid')),
    sa.CheckConstraint('length(trim(entity)) > 0', name=op.f('ck_audit_entity_not_blank')),
    sa.ForeignKeyConstraint(['officer_id'], ['officers.id'], name=op.f('fk_audit_officer_id_officers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit'))
    )
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('name', _text(200), nullable=False),
    sa.Column('position', _text(200), nullable=True),
    sa.Column('organisation', _text(300), nullable=True),
    sa.Column('phone', _text(100), nullable=True),
    sa.Column('email', _text(200), nullable=True),
    sa.Column('notes', _text(), nullable=True),
    sa.CheckConstraint('length(trim(name)) > 0', name=op.f('ck_contacts_name_not_blank')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_contacts_partner_id_partners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contacts_partner_id'), ['partner_id'], unique=False)

    op.create_table('facts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator', _text(500), nullable=False),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('value_text', _text(300), nullable=True),
    sa.Column('unit', _text(100), nullable=True),
    sa.Column('scope', _text(300), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('country', _text(2), nullable=True),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('source', _text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint('NOT (partner_id IS NOT NULL AND country IS NOT NULL)', name=op.f('ck_facts_one_scope')),
    sa.CheckConstraint('country IS NULL OR (length(country) = 2 AND country = upper(country))', name=op.f('ck_facts_country_iso2')),
    sa.CheckConstraint('length(trim(indicator)) > 0', name=op.f('ck_facts_indicator_not_blank')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_facts_partner_id_partners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facts'))
    )
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_facts_partner_id'), ['partner_id'], unique=False)

    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('time', sa.Time(), nullable=True),
    sa.Column('place', _text(300), nullable=True),
    sa.Column('direction', _text(20), nullable=False),
    sa.Column('format', _text(20), nullable=False),
    sa.Column('title', _text(500), nullable=False),
    sa.Column('host_unit_id', sa.Integer(), nullable=True),
    sa.Column('our_lead', _text(300), nullable=True),
    sa.Column('partner_head', _text(300), nullable=True),
    sa.Column('partner_head_romanised', _text(300), nullable=True),
    sa.Column('attendees', _text(), nullable=True),
    sa.Column('summary', _text(), nullable=True),
    sa.Column('source', _text(), nullable=True),
    sa.Column('search_key', _text(), nullable=False),
    sa.Column('sort_key', _text(1100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("direction IN ('incoming', 'outgoing', 'online', 'event')", name=op.f('ck_meetings_direction_valid')),
    sa.CheckConstraint("format IN ('courtesy_call', 'working_session', 'talks', 'signing')", name=op.f('ck_meetings_format_valid')),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_meetings_title_not_blank')),
    sa.ForeignKeyConstraint(['host_unit_id'], ['units.id'], name=op.f('fk_meetings_host_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meetings_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_meetings_host_unit_id'), ['host_unit_id'], unique=False)

    op.create_table('partner_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('alias', _text(300), nullable=False),
    sa.CheckConstraint('length(trim(alias)) > 0', name=op.f('ck_partner_aliases_alias_not_blank')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_partner_aliases_partner_id_partners'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_aliases')),
    sa.UniqueConstraint('partner_id', 'alias', name='uq_partner_aliases_partner_alias')
    )
    with op.batch_alter_table('partner_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_aliases_partner_id'), ['partner_id'], unique=False)

    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('form', _text(30), nullable=False),
    sa.Column('title', _text(500), nullable=False),
    sa.Column('reference', _text(100), nullable=True),
    sa.Column('signing_unit_id', sa.Integer(), nullable=True),
    sa.Column('our_signatory', _text(300), nullable=True),
    sa.Column('partner_signatory', _text(300), nullable=True),
    sa.Column('signed_date', sa.Date(), nullable=True),
    sa.Column('signed_place', _text(300), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('expiry_date', sa.Date(), nullable=True),
    sa.Column('status', _text(20), nullable=False),
    sa.Column('successor_id', sa.Integer(), nullable=True),
    sa.Column('summary', _text(), nullable=True),
    sa.Column('search_key', _text(), nullable=False),
    sa.Column('sort_key', _text(1100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("form IN ('letter_of_intent', 'mou', 'cooperation_agreement', 'minutes_of_talks', 'cooperation_plan', 'friendship', 'twinning', 'other')", name=op.f('ck_agreements_form_valid')),
    sa.CheckConstraint("status IN ('proposed', 'signed', 'in_force', 'suspended', 'expired', 'terminated')", name=op.f('ck_agreements_status_valid')),
    sa.CheckConstraint('expiry_date IS NULL OR effective_date IS NULL OR expiry_date >= effective_date', name=op.f('ck_agreements_expiry_after_effective')),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_agreements_title_not_blank')),
    sa.CheckConstraint('successor_id IS NULL OR successor_id <> id', name=op.f('ck_agreements_successor_not_self')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agreements_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['signing_unit_id'], ['units.id'], name=op.f('fk_agreements_signing_unit_id_units'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['successor_id'], ['agreements.id'], name=op.f('fk_agreements_successor_id_agreements'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements'))
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_expiry_date'), ['expiry_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_signed_date'), ['signed_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_signing_unit_id'), ['signing_unit_id'], unique=False)

    op.create_table('meeting_partners',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_partners_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_meeting_partners_partner_id_partners'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('meeting_id', 'partner_id', name=op.f('pk_meeting_partners'))
    )
    with op.batch_alter_table('meeting_partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_partners_partner_id'), ['partner_id'], unique=False)

    op.create_table('agreement_fields',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_fields_agreement_id_agreements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['field_id'], ['fields.id'], name=op.f('fk_agreement_fields_field_id_fields'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('agreement_id', 'field_id', name=op.f('pk_agreement_fields'))
    )
    op.create_table('agreement_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('path', _text(), nullable=False),
    sa.Column('sha256', _text(64), nullable=False),
    sa.CheckConstraint(_sha256_is_hex(), name=op.f('ck_agreement_files_sha256_hex')),
    sa.CheckConstraint('length(trim(path)) > 0', name=op.f('ck_agreement_files_path_not_blank')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_files_agreement_id_agreements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_files'))
    )
    with op.batch_alter_table('agreement_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_files_agreement_id'), ['agreement_id'], unique=False)

    op.create_table('agreement_parties',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_agreement_parties_agreement_id_agreements'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_agreement_parties_partner_id_partners'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('agreement_id', 'partner_id', name=op.f('pk_agreement_parties'))
    )
    with op.batch_alter_table('agreement_parties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_parties_partner_id'), ['partner_id'], unique=False)

    op.create_table('followups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', _text(1000), nullable=False),
    sa.Column('details', _text(), nullable=True),
    sa.Column('direction', _text(10), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('officer', _text(200), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('priority', _text(10), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('due_precision', _text(10), nullable=True),
    sa.Column('status', _text(20), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('search_key', _text(), nullable=False),
    sa.Column('sort_key', _text(2100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("(status = 'done') = (completed_on IS NOT NULL)", name=op.f('ck_followups_completed_when_done')),
    sa.CheckConstraint("direction IN ('ours', 'theirs', 'joint')", name=op.f('ck_followups_direction_valid')),
    sa.CheckConstraint("due_precision IS NULL OR due_precision IN ('day', 'month', 'quarter', 'year')", name=op.f('ck_followups_due_precision_valid')),
    sa.CheckConstraint("priority IN ('low', 'normal', 'high')", name=op.f('ck_followups_priority_valid')),
    sa.CheckConstraint("status IN ('not_started', 'in_progress', 'awaiting_partner', 'on_hold', 'done', 'dropped')", name=op.f('ck_followups_status_valid')),
    sa.CheckConstraint('(due_date IS NULL) = (due_precision IS NULL)', name=op.f('ck_followups_due_with_precision')),
    sa.CheckConstraint('length(trim(title)) > 0', name=op.f('ck_followups_title_not_blank')),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], name=op.f('fk_followups_agreement_id_agreements'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_followups_category_id_categories'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_followups_contact_id_contacts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_followups_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_followups_partner_id_partners'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_followups_unit_id_units'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followups'))
    )
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_followups_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index('ix_followups_open_due', ['deleted_at', 'status', 'due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_partner_id'), ['partner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_sort_key'), ['sort_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_followups_unit_id'), ['unit_id'], unique=False)

    op.create_table('followup_fields',
    sa.Column('followup_id', sa.Integer(), nullable=False),
    sa.Column('field_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['field_id'], ['fields.id'], name=op.f('fk_followup_fields_field_id_fields'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['followup_id'], ['followups.id'], name=op.f('fk_followup_fields_followup_id_followups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('followup_id', 'field_id', name=op.f('pk_followup_fields'))
    )
    op.create_table('progress_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('followup_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('status', _text(20), nullable=False),
    sa.Column('note', _text(), nullable=True),
    sa.Column('officer_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('not_started', 'in_progress', 'awaiting_partner', 'on_hold', 'done', 'dropped')", name=op.f('ck_progress_entries_status_valid')),
    sa.ForeignKeyConstraint(['followup_id'], ['followups.id'], name=op.f('fk_progress_entries_followup_id_followups'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['officer_id'], ['officers.id'], name=op.f('fk_progress_entries_officer_id_officers'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_entries'))
    )
    with op.batch_alter_table('progress_entries', schema=None) as batch_op:
        batch_op.create_index('ix_progress_entries_followup_date', ['followup_id', 'date', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('progress_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_progress_entries_followup_date')

    op.drop_table('progress_entries')
    op.drop_table('followup_fields')
    with op.batch_alter_table('followups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_followups_unit_id'))
        batch_op.drop_index(batch_op.f('ix_followups_status'))
        batch_op.drop_index(batch_op.f('ix_followups_sort_key'))
        batch_op.drop_index(batch_op.f('ix_followups_partner_id'))
        batch_op.drop_index('ix_followups_open_due')
        batch_op.drop_index(batch_op.f('ix_followups_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_followups_due_date'))
        batch_op.drop_index(batch_op.f('ix_followups_category_id'))
        batch_op.drop_index(batch_op.f('ix_followups_agreement_id'))

    op.drop_table('followups')
    with op.batch_alter_table('agreement_parties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_parties_partner_id'))

    op.drop_table('agreement_parties')
    with op.batch_alter_table('agreement_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_files_agreement_id'))

    op.drop_table('agreement_files')
    op.drop_table('agreement_fields')
    with op.batch_alter_table('meeting_partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_partners_partner_id'))

    op.drop_table('meeting_partners')
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_signing_unit_id'))
        batch_op.drop_index(batch_op.f('ix_agreements_signed_date'))
        batch_op.drop_index(batch_op.f('ix_agreements_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_agreements_expiry_date'))

    op.drop_table('agreements')
    with op.batch_alter_table('partner_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partner_aliases_partner_id'))

    op.drop_table('partner_aliases')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meetings_host_unit_id'))
        batch_op.drop_index(batch_op.f('ix_meetings_date'))

    op.drop_table('meetings')
    with op.batch_alter_table('facts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_facts_partner_id'))

    op.drop_table('facts')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_partner_id'))

    op.drop_table('contacts')
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entity')

    op.drop_table('audit')
    op.drop_table('units')
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_partners_sort_key'))
        batch_op.drop_index(batch_op.f('ix_partners_parent_id'))

    op.drop_table('partners')
    op.drop_table('officers')
    op.drop_table('fields')
    op.drop_table('categories')
