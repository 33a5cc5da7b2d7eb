<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgreementForm</name>
    <message>
        <source>Edit agreement #{id}</source>
        <translation>Sửa văn bản hợp tác #{id}</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Văn bản hợp tác mới</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>Loại &amp;văn bản:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>&amp;Số hiệu:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>Các &amp;bên:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>Signing &amp;unit:</source>
        <translation>Đơn vị &amp;ký:</translation>
    </message>
    <message>
        <source>&amp;Our signatory:</source>
        <translation>Người ký phía t&amp;a:</translation>
    </message>
    <message>
        <source>Partner&apos;s si&amp;gnatory:</source>
        <translation>Người ký phía đối tá&amp;c:</translation>
    </message>
    <message>
        <source>Signed o&amp;n:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>Signed &amp;at:</source>
        <translation>Nơ&amp;i ký:</translation>
    </message>
    <message>
        <source>the meeting being logged</source>
        <translation>buổi làm việc đang ghi</translation>
    </message>
    <message>
        <source>Signed at &amp;meeting:</source>
        <translation>Ký tại buổi là&amp;m việc:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>Hiệ&amp;u lực từ:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Hết hạn ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Fields of &amp;cooperation:</source>
        <translation>&amp;Lĩnh vực hợp tác:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Tóm tắt nội &amp;dung:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Choose at least one partner.</source>
        <translation>Hãy chọn ít nhất một đối tác.</translation>
    </message>
    <message>
        <source>The expiry date is before the effective date.</source>
        <translation>Ngày hết hạn sớm hơn ngày có hiệu lực.</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Form</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Signing unit</source>
        <translation>Đơn vị ký</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Files attached to this agreement</source>
        <translation>Các tệp đính kèm văn bản này</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>Đín&amp;h kèm tệp…</translation>
    </message>
    <message>
        <source>Choose one or more files; their SHA-256 is recorded as they are now.</source>
        <translation>Chọn một hoặc nhiều tệp; mã SHA-256 của tệp được ghi lại theo nội dung hiện tại.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Gỡ tệp</translation>
    </message>
    <message>
        <source>Take the selected files off this agreement (the files themselves stay where they are).</source>
        <translation>Bỏ các tệp đã chọn khỏi văn bản này (bản thân các tệp vẫn giữ nguyên chỗ cũ).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the selected file (or double-click it)</source>
        <translation>Mở tệp đã chọn (hoặc nháy đúp vào tệp)</translation>
    </message>
    <message>
        <source>Some files are missing or are no longer the version that was attached. Their recorded SHA-256 is kept: it shows which signed version was filed.</source>
        <translation>Một số tệp không còn hoặc không còn là bản đã đính kèm. Mã SHA-256 đã ghi vẫn được giữ: nó cho biết bản đã ký nào được lưu.</translation>
    </message>
    <message>
        <source>Attach files to the agreement</source>
        <translation>Đính kèm tệp vào văn bản</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Open the attached file?</source>
        <translation>Mở tệp đính kèm?</translation>
    </message>
    <message>
        <source>Open “{name}” anyway?</source>
        <translation>Vẫn mở “{name}”?</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Vẫn mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The SHA-256 of “{name}” is still being computed; save again when it is done.</source>
        <translation>Mã SHA-256 của “{name}” vẫn đang được tính; hãy lưu lại khi tính xong.</translation>
    </message>
    <message>
        <source>Already attached, not added again: {names}. To file a new version of a file, remove it first, then attach it again.</source>
        <translation>Đã đính kèm rồi, không thêm lần nữa: {names}. Để lưu bản mới của một tệp, hãy bỏ đính kèm trước rồi đính kèm lại.</translation>
    </message>
    <message>
        <source>“{name}” is not opened: {path} is a link, not a file on this computer.</source>
        <translation>Không mở “{name}”: {path} là một liên kết, không phải tệp trên máy tính này.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: its folder was not recorded. Attach the file again from its folder.</source>
        <translation>Không mở được “{name}”: thư mục chứa tệp không được ghi lại. Hãy đính kèm lại tệp từ thư mục của nó.</translation>
    </message>
    <message>
        <source>It is not a regular file but {kind}.</source>
        <translation>Đây không phải là tệp thông thường mà là {kind}.</translation>
    </message>
    <message>
        <source>It has changed since it was attached: its SHA-256 is now {current}; when it was attached it was {recorded}.</source>
        <translation>Tệp đã thay đổi từ khi đính kèm: mã SHA-256 hiện là {current}; khi đính kèm là {recorded}.</translation>
    </message>
    <message>
        <source>It is a program or a script ({suffix}): opening it runs it.</source>
        <translation>Đây là chương trình hoặc tập lệnh ({suffix}): mở tệp sẽ chạy nó.</translation>
    </message>
    <message>
        <source>It is marked as a program (executable): opening it may run it.</source>
        <translation>Tệp được đánh dấu là chương trình (có quyền thực thi): mở tệp có thể sẽ chạy nó.</translation>
    </message>
    <message>
        <source>It is on another computer ({host}): opening it connects to that computer.</source>
        <translation>Tệp nằm trên máy tính khác ({host}): mở tệp sẽ kết nối tới máy tính đó.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: there is no file at {path}.</source>
        <translation>Không mở được “{name}”: không có tệp tại {path}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file but {kind}; it is not read, and opening it asks first.</source>
        <translation>{path} không phải là tệp thông thường mà là {kind}; tệp không được đọc, và khi mở sẽ hỏi trước.</translation>
    </message>
    <message>
        <source>{path} is a link, not a file on this computer; it is never opened.</source>
        <translation>{path} là một liên kết, không phải tệp trên máy tính này; liên kết này không bao giờ được mở.</translation>
    </message>
    <message>
        <source>{path} was recorded without its folder (by an older version), so it is not checked or opened. Attach the file again from its folder.</source>
        <translation>{path} được ghi lại không kèm thư mục (bởi phiên bản cũ), nên không được kiểm tra hay mở. Hãy đính kèm lại tệp từ thư mục của nó.</translation>
    </message>
    <message>
        <source>No program could open “{name}”.</source>
        <translation>Không có chương trình nào mở được “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: it cannot be read ({reason}).</source>
        <translation>Không mở được “{name}”: không đọc được tệp ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it is not a regular file but {kind}.</source>
        <translation>Chưa đính kèm “{name}”: đây không phải là tệp thông thường mà là {kind}.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: there is no file at {path}.</source>
        <translation>Chưa đính kèm “{name}”: không có tệp tại {path}.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it cannot be read ({reason}).</source>
        <translation>Chưa đính kèm “{name}”: không đọc được tệp ({reason}).</translation>
    </message>
    <message>
        <source>computing SHA-256… {percent}%</source>
        <translation>đang tính SHA-256… {percent}%</translation>
    </message>
    <message>
        <source>checking… {percent}%</source>
        <translation>đang kiểm tra… {percent}%</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>không đổi</translation>
    </message>
    <message>
        <source>changed since it was attached</source>
        <translation>đã thay đổi từ khi đính kèm</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>không còn</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>not a full path</source>
        <translation>đường dẫn không đầy đủ</translation>
    </message>
    <message>
        <source>Attached in this form. Its SHA-256 was computed now and is recorded when you save.</source>
        <translation>Được đính kèm trong biểu mẫu này. Mã SHA-256 vừa được tính và sẽ được ghi lại khi lưu.</translation>
    </message>
    <message>
        <source>Same content as when it was attached (the SHA-256 matches).</source>
        <translation>Nội dung giống như khi đính kèm (mã SHA-256 khớp).</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 is now {current}; when it was attached it was {recorded}. The file at this path is not the version that was filed.</source>
        <translation>Mã SHA-256 của tệp hiện là {current}; khi đính kèm là {recorded}. Tệp tại đường dẫn này không phải bản đã được lưu.</translation>
    </message>
    <message>
        <source>There is no file at {path}. It may have been moved, renamed or deleted, or its drive is not connected.</source>
        <translation>Không có tệp tại {path}. Tệp có thể đã bị chuyển, đổi tên hoặc xóa, hoặc ổ đĩa chứa tệp chưa được kết nối.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Không đọc được {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Không có cơ sở dữ liệu tại {path} để sao lưu.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>Cơ sở dữ liệu {path} đang bận do một chương trình khác sử dụng; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The database {path} is damaged, so no backup was made (the existing backups are kept).</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng nên chưa sao lưu (các bản sao lưu hiện có vẫn được giữ nguyên).</translation>
    </message>
    <message>
        <source>There is no space left on the disk for {path}; nothing was changed.</source>
        <translation>Ổ đĩa không còn chỗ trống để ghi {path}; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot write to {path} ({reason}); nothing was changed.</source>
        <translation>Không ghi được vào {path} ({reason}); không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} is not a database or is damaged.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>The backup {path} does not have the schema of its version ({rev}): {differences}.</source>
        <translation>Bản sao lưu {path} không có đúng lược đồ của phiên bản ({rev}): {differences}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged.</source>
        <translation>Bản sao lưu {path} bị hỏng.</translation>
    </message>
    <message>
        <source>The backup {path} has records pointing to missing records.</source>
        <translation>Bản sao lưu {path} có bản ghi trỏ tới bản ghi không còn tồn tại.</translation>
    </message>
    <message>
        <source>The file {path} is not an hptracker database.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu hptracker.</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer version of hptracker (schema {rev}).</source>
        <translation>Bản sao lưu {path} được tạo bởi phiên bản hptracker mới hơn (lược đồ {rev}).</translation>
    </message>
    <message>
        <source>The database {path} is still in use by another program; close it and try again. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu {path} vẫn đang được một chương trình khác sử dụng; hãy đóng chương trình đó rồi thử lại. Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Chưa có thay đổi nào.</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup.</source>
        <translation>{path} là chính cơ sở dữ liệu, không phải bản sao lưu.</translation>
    </message>
    <message>
        <source>A server database is restored with `hptracker restore`, into an empty database; nothing was changed.</source>
        <translation>Cơ sở dữ liệu trên máy chủ được khôi phục bằng lệnh `hptracker restore`, vào một cơ sở dữ liệu trống; chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>BackupUi</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Lưu trước khi khôi phục</translation>
    </message>
    <message>
        <source>Kept before an upgrade</source>
        <translation>Lưu trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Copy of a damaged database</source>
        <translation>Bản sao cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of {moment}? The current database is kept as a dated copy in the backups folder.</source>
        <translation>Thay cơ sở dữ liệu hiện tại bằng bản sao lưu lúc {moment}? Cơ sở dữ liệu hiện tại được giữ lại thành một bản sao có ghi ngày trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path} ({size}).</source>
        <translation>Đã sao lưu và kiểm tra: {path} ({size}).</translation>
    </message>
    <message>
        <source>A server database is restored with `hptracker restore` into an empty database, and checked by its server; “Back up now” makes a checked copy of it on this computer.</source>
        <translation>Cơ sở dữ liệu trên máy chủ được khôi phục bằng lệnh `hptracker restore` vào một cơ sở dữ liệu trống và do chính máy chủ kiểm tra; “Sao lưu ngay” tạo một bản sao đã kiểm tra của nó trên máy tính này.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Cơ sở dữ liệu này chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>The database was restored from the backup of {moment}.</source>
        <translation>Đã khôi phục cơ sở dữ liệu từ bản sao lưu lúc {moment}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>Cơ sở dữ liệu trước đó được giữ lại tại {path}.</translation>
    </message>
    <message>
        <source>Restoring the backup of {moment}…</source>
        <translation>Đang khôi phục bản sao lưu lúc {moment}…</translation>
    </message>
    <message>
        <source>Records: {partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups.</source>
        <translation>Số bản ghi: {partners} đối tác, {meetings} buổi làm việc, {agreements} văn bản hợp tác, {followups} kiến nghị.</translation>
    </message>
    <message>
        <source>The newest good backup is from {moment}; use “Restore from backup…” to put it back.</source>
        <translation>Bản sao lưu tốt mới nhất được tạo lúc {moment}; dùng “Khôi phục từ bản sao lưu…” để khôi phục.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Đang kiểm tra cơ sở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Meeting #{id} has been deleted.</source>
        <translation>Buổi làm việc #{id} đã bị xóa.</translation>
    </message>
    <message>
        <source>Meeting #{id} does not involve {partner}.</source>
        <translation>Buổi làm việc #{id} không có sự tham gia của {partner}.</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Thông tin buổi làm việc</translation>
    </message>
    <message>
        <source>No meeting with this partner is recorded.</source>
        <translation>Chưa ghi nhận buổi làm việc nào với đối tác này.</translation>
    </message>
    <message>
        <source>No meeting is planned; these are the details of the latest one.</source>
        <translation>Chưa có buổi làm việc dự kiến; dưới đây là thông tin buổi làm việc gần nhất.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Đoàn Việt Nam</translation>
    </message>
    <message>
        <source>Partner delegation</source>
        <translation>Đoàn đối tác</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>Thông tin đối tác</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>từ năm {year}</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>Tên tiếng Việt</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên nguyên ngữ</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Đầu mối liên hệ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>History of relations</source>
        <translation>Quá trình quan hệ</translation>
    </message>
    <message>
        <source>No earlier meetings are recorded.</source>
        <translation>Chưa ghi nhận buổi làm việc nào trước đây.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Đã hết hạn ngày {date}</translation>
    </message>
    <message>
        <source>Expires on {date} (in {days} days)</source>
        <translation>Hết hạn ngày {date} (còn {days} ngày)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn bản hợp tác</translation>
    </message>
    <message>
        <source>No agreements are recorded.</source>
        <translation>Chưa ghi nhận văn bản hợp tác nào.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>ký ngày</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>hiệu lực từ</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>hết hạn</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Quá hạn {days} ngày</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <source>Outstanding follow-ups</source>
        <translation>Kiến nghị chưa hoàn thành</translation>
    </message>
    <message>
        <source>Our requests to them</source>
        <translation>Đề nghị của ta với đối tác</translation>
    </message>
    <message>
        <source>Their requests to us</source>
        <translation>Đề nghị của đối tác với ta</translation>
    </message>
    <message>
        <source>Joint commitments</source>
        <translation>Cam kết chung</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>Không có kiến nghị tồn đọng.</translation>
    </message>
    <message>
        <source>Completed in the last 12 months</source>
        <translation>Đã hoàn thành trong 12 tháng qua</translation>
    </message>
    <message>
        <source>Nothing was completed in the last 12 months.</source>
        <translation>Không có kiến nghị nào hoàn thành trong 12 tháng qua.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Bên đề nghị</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Facts and figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>No facts are recorded.</source>
        <translation>Chưa ghi nhận số liệu nào.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>… and {n} more (see the tables above).</source>
        <translation>… và {n} nội dung khác (xem các bảng ở trên).</translation>
    </message>
    <message>
        <source>Overdue: {title} (due {due}, {days} days late)</source>
        <translation>Quá hạn: {title} (thời hạn {due}, chậm {days} ngày)</translation>
    </message>
    <message>
        <source>Awaiting the partner: {title} (since {date})</source>
        <translation>Chờ phía bạn: {title} (từ ngày {date})</translation>
    </message>
    <message>
        <source>Awaiting the partner: {title}</source>
        <translation>Chờ phía bạn: {title}</translation>
    </message>
    <message>
        <source>Agreement expiring: {title} (on {date}, in {days} days)</source>
        <translation>Văn bản sắp hết hạn: {title} (ngày {date}, còn {days} ngày)</translation>
    </message>
    <message>
        <source>Suggested talking points</source>
        <translation>Gợi ý nội dung trao đổi</translation>
    </message>
    <message>
        <source>Nothing overdue, awaiting the partner or expiring soon.</source>
        <translation>Không có nội dung quá hạn, chờ phía bạn hoặc sắp hết hạn.</translation>
    </message>
    <message>
        <source>Officer notes</source>
        <translation>Ghi chú của cán bộ</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Không có ghi chú.</translation>
    </message>
    <message>
        <source>MEETING BRIEF</source>
        <translation>TÀI LIỆU PHỤC VỤ BUỔI LÀM VIỆC</translation>
    </message>
    <message>
        <source>For: {title}, {date}</source>
        <translation>Buổi làm việc: {title}, {date}</translation>
    </message>
    <message>
        <source>Prepared on {date} by {officer}</source>
        <translation>Lập {date}, cán bộ: {officer}</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Tài liệu phục vụ buổi làm việc</translation>
    </message>
</context>
<context>
    <name>BriefPreviewDialog</name>
    <message>
        <source>Brief: {partner}</source>
        <translation>Tài liệu làm việc với {partner}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save the brief as a PDF file</source>
        <translation>Lưu tài liệu thành tệp PDF</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Đang lưu {name}…</translation>
    </message>
    <message>
        <source>Saved {pages} pages to {path}.</source>
        <translation>Đã lưu {pages} trang vào {path}.</translation>
    </message>
</context>
<context>
    <name>BriefUi</name>
    <message>
        <source>Brief - {partner} - {date}</source>
        <translation>Tài liệu - {partner} - {date}</translation>
    </message>
    <message>
        <source>Characters that cannot be printed</source>
        <translation>Có ký tự không in được</translation>
    </message>
    <message>
        <source>Open the preview anyway?</source>
        <translation>Vẫn mở bản xem trước?</translation>
    </message>
    <message>
        <source>Save brief as PDF</source>
        <translation>Lưu tài liệu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Tài liệu buổi làm việc</translation>
    </message>
    <message>
        <source>Preparing the brief on {partner}…</source>
        <translation>Đang chuẩn bị tài liệu làm việc với {partner}…</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Progress added</source>
        <translation>Có tiến độ mới</translation>
    </message>
    <message>
        <source>Due date moved</source>
        <translation>Điều chỉnh thời hạn</translation>
    </message>
    <message>
        <source>The date {date} is in the future; changes can be marked since a day up to today, {today}.</source>
        <translation>Ngày {date} là ngày trong tương lai; chỉ đánh dấu được thay đổi kể từ một ngày không muộn hơn hôm nay, {today}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Không có cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <source>The database file is damaged: SQLite&apos;s integrity check found {n} problem(s), for example: {first}.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng: kiểm tra toàn vẹn của SQLite phát hiện {n} lỗi, ví dụ: {first}.</translation>
    </message>
    <message>
        <source>{n} record(s) point to records that no longer exist, for example row {rowid} of {table} points to a missing row of {parent}.</source>
        <translation>{n} bản ghi trỏ tới bản ghi không còn tồn tại, ví dụ dòng {rowid} của bảng {table} trỏ tới một dòng không còn trong bảng {parent}.</translation>
    </message>
    <message>
        <source>The database has no hptracker schema (it is empty or not an hptracker database).</source>
        <translation>Cơ sở dữ liệu không có lược đồ hptracker (trống hoặc không phải cơ sở dữ liệu hptracker).</translation>
    </message>
    <message>
        <source>The database was written by a newer version of hptracker (schema {rev}).</source>
        <translation>Cơ sở dữ liệu được tạo bởi phiên bản hptracker mới hơn (lược đồ {rev}).</translation>
    </message>
    <message>
        <source>The database uses an older schema ({rev}); it will be upgraded (after a backup) when it is next opened for writing.</source>
        <translation>Cơ sở dữ liệu dùng lược đồ cũ ({rev}); lược đồ sẽ được nâng cấp (sau khi sao lưu) vào lần mở tiếp theo để ghi.</translation>
    </message>
    <message>
        <source>The database&apos;s schema differs from that of its version ({rev}): {differences}. Something other than hptracker changed it.</source>
        <translation>Lược đồ của cơ sở dữ liệu khác với lược đồ của phiên bản ({rev}): {differences}. Một chương trình khác ngoài hptracker đã thay đổi nó.</translation>
    </message>
    <message>
        <source>No problems found: the database file is sound and every record points only to records that exist.</source>
        <translation>Không phát hiện lỗi: tệp cơ sở dữ liệu nguyên vẹn và mọi bản ghi chỉ trỏ tới bản ghi đang tồn tại.</translation>
    </message>
</context>
<context>
    <name>ChildWork</name>
    <message>
        <source>The work stopped unexpectedly: its process ended with code {code}.</source>
        <translation>Công việc dừng bất thường: tiến trình thực hiện đã kết thúc với mã {code}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>Partners, meetings, agreements and follow-ups of a city&apos;s foreign affairs. Without a command, opens the window.</source>
        <translation>Đối tác, buổi làm việc, văn bản hợp tác và kiến nghị trong công tác đối ngoại của thành phố. Không có lệnh thì mở cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: $HPTRACKER_DB or the per-user data folder)</source>
        <translation>tệp cơ sở dữ liệu hoặc URL SQLAlchemy (mặc định: $HPTRACKER_DB hoặc thư mục dữ liệu của người dùng)</translation>
    </message>
    <message>
        <source>language of messages, exports and briefs (default: vi)</source>
        <translation>ngôn ngữ của thông báo, tệp xuất và tài liệu (mặc định: vi)</translation>
    </message>
    <message>
        <source>officer recorded in the audit (default: $HPTRACKER_OFFICER or the login name)</source>
        <translation>cán bộ được ghi trong nhật ký thay đổi (mặc định: $HPTRACKER_OFFICER hoặc tên đăng nhập)</translation>
    </message>
    <message>
        <source>--db needs a database file or URL; it is empty.</source>
        <translation>--db cần một tệp cơ sở dữ liệu hoặc một địa chỉ URL; giá trị đang để trống.</translation>
    </message>
    <message>
        <source>There is no backup to compare it with.</source>
        <translation>Không có bản sao lưu nào để đối chiếu.</translation>
    </message>
    <message>
        <source>Compare it with the newest backup, {file} ({date} {time}: {counts}).</source>
        <translation>Hãy đối chiếu với bản sao lưu mới nhất, {file} ({date} {time}: {counts}).</translation>
    </message>
    <message>
        <source>No good backup of it was found.</source>
        <translation>Không tìm thấy bản sao lưu còn tốt nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The newest good backup is {file} ({date} {time}); to put it back, run: hptracker --db &quot;{db}&quot; restore &quot;{file}&quot;</source>
        <translation>Bản sao lưu tốt mới nhất là {file} ({date} {time}); để khôi phục, chạy lệnh: hptracker --db &quot;{db}&quot; restore &quot;{file}&quot;</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>back up the database now (checked copy)</source>
        <translation>sao lưu cơ sở dữ liệu ngay (bản sao có kiểm tra)</translation>
    </message>
    <message>
        <source>folder for the backup (default: the backups folder next to the database)</source>
        <translation>thư mục lưu bản sao lưu (mặc định: thư mục backups cạnh cơ sở dữ liệu)</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept)</source>
        <translation>thay cơ sở dữ liệu bằng một bản sao lưu (cơ sở dữ liệu hiện tại vẫn được giữ lại)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>tệp sao lưu cần khôi phục</translation>
    </message>
    <message>
        <source>check the database for damage (exit 1 when something is wrong)</source>
        <translation>kiểm tra cơ sở dữ liệu có bị hỏng không (trả về mã 1 khi có lỗi)</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups</source>
        <translation>{partners} đối tác, {meetings} buổi làm việc, {agreements} văn bản hợp tác, {followups} kiến nghị</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Không có cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {path} ({size}; {counts}).</source>
        <translation>Đã sao lưu và kiểm tra: {path} ({size}; {counts}).</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} không phải là tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>Không có tệp sao lưu {path}.</translation>
    </message>
    <message>
        <source>Database {db} restored from {file}: {counts}.</source>
        <translation>Đã khôi phục cơ sở dữ liệu {db} từ {file}: {counts}.</translation>
    </message>
    <message>
        <source>Database {db} restored from {file}; the previous database was kept as {kept}.</source>
        <translation>Đã khôi phục cơ sở dữ liệu {db} từ {file}; cơ sở dữ liệu trước đó được giữ lại tại {kept}.</translation>
    </message>
    <message>
        <source>Database {db} restored from {file}.</source>
        <translation>Đã khôi phục cơ sở dữ liệu {db} từ {file}.</translation>
    </message>
    <message>
        <source>`check` examines a database file; a server database is checked by its server (back it up with `hptracker backup`, then check the backup file).</source>
        <translation>`check` kiểm tra một tệp cơ sở dữ liệu; cơ sở dữ liệu trên máy chủ do chính máy chủ kiểm tra (hãy sao lưu bằng `hptracker backup`, rồi kiểm tra tệp sao lưu).</translation>
    </message>
    <message>
        <source>Records: {counts}.</source>
        <translation>Số bản ghi: {counts}.</translation>
    </message>
    <message>
        <source>write the meeting brief on a partner as a PDF</source>
        <translation>xuất tài liệu phục vụ buổi làm việc với một đối tác ra tệp PDF</translation>
    </message>
    <message>
        <source>Write the meeting brief on a partner (SPEC §4) as an A4 PDF. Characters no installed font can draw are listed on stderr; the PDF is written all the same.</source>
        <translation>Xuất tài liệu phục vụ buổi làm việc với một đối tác (SPEC §4) ra tệp PDF khổ A4. Các ký tự không phông chữ nào trên máy hiển thị được sẽ được liệt kê trên stderr; tệp PDF vẫn được tạo.</translation>
    </message>
    <message>
        <source>partner ID or any of its names or aliases</source>
        <translation>mã đối tác hoặc bất kỳ tên, tên gọi khác nào của đối tác</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>tệp PDF cần tạo</translation>
    </message>
    <message>
        <source>the planned meeting to prepare (default: the next, else the latest)</source>
        <translation>buổi làm việc cần chuẩn bị (mặc định: buổi sắp tới, nếu không có thì buổi gần nhất)</translation>
    </message>
    <message>
        <source>your own notes, printed under the talking points</source>
        <translation>ghi chú riêng của cán bộ, in dưới phần gợi ý nội dung trao đổi</translation>
    </message>
    <message>
        <source>Brief on {partner} written to {path} ({pages} pages).</source>
        <translation>Đã xuất tài liệu làm việc với {partner} ra {path} ({pages} trang).</translation>
    </message>
    <message>
        <source>add the demo records (twice changes nothing)</source>
        <translation>thêm dữ liệu mẫu (chạy lần thứ hai không thay đổi gì)</translation>
    </message>
    <message>
        <source>Demo records added: {n}.</source>
        <translation>Đã thêm {n} bản ghi mẫu.</translation>
    </message>
    <message>
        <source>The demo records are already there; nothing changed.</source>
        <translation>Dữ liệu mẫu đã có; không thay đổi gì.</translation>
    </message>
    <message>
        <source>list records (--json for scripts)</source>
        <translation>liệt kê bản ghi (--json để dùng trong script)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>in dạng JSON thay cho bảng</translation>
    </message>
    <message>
        <source>only records matching this text</source>
        <translation>chỉ các bản ghi khớp với nội dung này</translation>
    </message>
    <message>
        <source>import follow-ups from an .xlsx workbook (preview, then all or nothing)</source>
        <translation>nhập kiến nghị từ tệp .xlsx (xem trước, rồi nhập toàn bộ hoặc không nhập gì)</translation>
    </message>
    <message>
        <source>the workbook to import</source>
        <translation>tệp bảng tính cần nhập</translation>
    </message>
    <message>
        <source>show what would change and write nothing</source>
        <translation>chỉ hiển thị những gì sẽ thay đổi, không ghi dữ liệu</translation>
    </message>
    <message>
        <source>create partners the database does not know yet</source>
        <translation>tạo các đối tác chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems in {name} (listed above).</source>
        <translation>Chưa nhập dữ liệu nào: {n} lỗi trong {name} (liệt kê ở trên).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Chạy thử: không ghi dữ liệu.</translation>
    </message>
    <message>
        <source>Nothing to import: every row matches the database.</source>
        <translation>Không có gì để nhập: mọi dòng đều khớp với cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Imported from {name}: {created} created, {updated} updated, {progress} progress entries, {partners} new partners.</source>
        <translation>Đã nhập từ {name}: {created} tạo mới, {updated} cập nhật, {progress} lượt cập nhật tiến độ, {partners} đối tác mới.</translation>
    </message>
    <message>
        <source>write the status spreadsheet (.xlsx) of the follow-ups</source>
        <translation>xuất bảng tổng hợp tình hình kiến nghị (.xlsx)</translation>
    </message>
    <message>
        <source>the workbook to write (replaced if it exists)</source>
        <translation>tệp Excel cần ghi (ghi đè nếu đã có)</translation>
    </message>
    <message>
        <source>only this partner: its ID or any of its names or aliases (repeatable)</source>
        <translation>chỉ đối tác này: mã hoặc bất kỳ tên, tên gọi khác nào (có thể lặp lại)</translation>
    </message>
    <message>
        <source>only these statuses, by code (in_progress) or label (&quot;In progress&quot;)</source>
        <translation>chỉ các trạng thái này, theo mã (in_progress) hoặc tên (&quot;Đang thực hiện&quot;)</translation>
    </message>
    <message>
        <source>only overdue follow-ups</source>
        <translation>chỉ các kiến nghị quá hạn</translation>
    </message>
    <message>
        <source>mark the follow-ups that changed since this day, dd/mm/yyyy (new, status changed, progress added, due date moved): a column and the row highlighted</source>
        <translation>đánh dấu các kiến nghị có thay đổi kể từ ngày này, dd/mm/yyyy (mới, đổi trạng thái, có tiến độ mới, điều chỉnh thời hạn): thêm một cột và tô màu cả dòng</translation>
    </message>
    <message>
        <source>Unknown status “{value}”; use one of: {known}.</source>
        <translation>Không có trạng thái “{value}”; hãy dùng một trong: {known}.</translation>
    </message>
    <message>
        <source>The spreadsheet must be an .xlsx file: {path}</source>
        <translation>Bảng tính phải là tệp .xlsx: {path}</translation>
    </message>
    <message>
        <source>add a partner, a meeting or a follow-up (prints its ID)</source>
        <translation>thêm một đối tác, buổi làm việc hoặc kiến nghị (in ra mã của bản ghi mới)</translation>
    </message>
    <message>
        <source>Add one record, with the same checks and audit as the window, and print its ID. Dates are dd/mm/yyyy; directions, kinds and categories are accepted as codes or as labels in either language.</source>
        <translation>Thêm một bản ghi, với cùng các bước kiểm tra và nhật ký như trên cửa sổ, rồi in ra mã của bản ghi. Ngày viết theo dd/mm/yyyy; chiều kiến nghị, loại đối tác và nhóm kiến nghị nhận cả mã lẫn tên gọi bằng tiếng Việt hoặc tiếng Anh.</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>một đối tác</translation>
    </message>
    <message>
        <source>official Vietnamese name</source>
        <translation>tên chính thức bằng tiếng Việt</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>name in the original script</source>
        <translation>tên bằng chữ gốc (tiếng Trung…)</translation>
    </message>
    <message>
        <source>other names it is known by (repeatable)</source>
        <translation>các tên gọi khác (có thể nhập nhiều)</translation>
    </message>
    <message>
        <source>country, ISO 3166 alpha-2 (CN, KR…)</source>
        <translation>quốc gia, mã ISO 3166 hai chữ cái (CN, KR…)</translation>
    </message>
    <message>
        <source>government, enterprise, organisation, education, other</source>
        <translation>government (cơ quan chính quyền), enterprise (doanh nghiệp), organisation (tổ chức), education (giáo dục), other (khác)</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>một buổi làm việc</translation>
    </message>
    <message>
        <source>date of the meeting, dd/mm/yyyy</source>
        <translation>ngày của buổi làm việc, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>title of the meeting</source>
        <translation>tiêu đề buổi làm việc</translation>
    </message>
    <message>
        <source>partner by ID or any of its names (repeatable)</source>
        <translation>đối tác, theo mã hoặc bất kỳ tên gọi nào (có thể nhập nhiều)</translation>
    </message>
    <message>
        <source>our host unit: ID, name or abbreviation</source>
        <translation>đơn vị chủ trì của ta: mã, tên hoặc tên viết tắt</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>một kiến nghị</translation>
    </message>
    <message>
        <source>partner by ID or any of its names</source>
        <translation>đối tác, theo mã hoặc bất kỳ tên gọi nào</translation>
    </message>
    <message>
        <source>what was requested</source>
        <translation>nội dung kiến nghị</translation>
    </message>
    <message>
        <source>ours (our request to the partner), theirs (the partner&apos;s request to us) or joint</source>
        <translation>ours (đề nghị của ta với đối tác), theirs (đề nghị của đối tác với ta) hoặc joint (cam kết chung)</translation>
    </message>
    <message>
        <source>due date: dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024</source>
        <translation>thời hạn: dd/mm/yyyy, mm/yyyy, Q3/2024 hoặc 2024</translation>
    </message>
    <message>
        <source>our responsible unit: ID, name or abbreviation</source>
        <translation>đơn vị chủ trì thực hiện: mã, tên hoặc tên viết tắt</translation>
    </message>
    <message>
        <source>the meeting where it was raised</source>
        <translation>mã buổi làm việc nêu kiến nghị</translation>
    </message>
    <message>
        <source>category: code or name</source>
        <translation>nhóm kiến nghị: mã hoặc tên</translation>
    </message>
    <message>
        <source>the day it was raised, dd/mm/yyyy (default: the meeting&apos;s date, else today)</source>
        <translation>ngày nêu kiến nghị, dd/mm/yyyy (mặc định: ngày của buổi làm việc, nếu không có thì hôm nay)</translation>
    </message>
    <message>
        <source>copy every record of one database into an empty one (a file or a server)</source>
        <translation>sao chép mọi bản ghi của một cơ sở dữ liệu sang một cơ sở dữ liệu trống (tệp hoặc máy chủ)</translation>
    </message>
    <message>
        <source>the database to copy: a file or a URL</source>
        <translation>cơ sở dữ liệu cần sao chép: một tệp hoặc một địa chỉ URL</translation>
    </message>
    <message>
        <source>an empty database, or a file that does not exist yet: a file or a URL</source>
        <translation>một cơ sở dữ liệu trống, hoặc một tệp chưa tồn tại: tệp hoặc địa chỉ URL</translation>
    </message>
    <message>
        <source>Copied {source} to {dest} in {seconds} s; rows in each table, the same at both ends:</source>
        <translation>Đã sao chép {source} sang {dest} trong {seconds} giây; số dòng của từng bảng, như nhau ở cả hai nơi:</translation>
    </message>
    <message>
        <source>record progress on a follow-up (a dated note and/or a new status)</source>
        <translation>cập nhật tiến độ một kiến nghị (ghi chú có ngày và/hoặc trạng thái mới)</translation>
    </message>
    <message>
        <source>Record one progress entry on a follow-up, as the window does. --date may be in the past (default: today); the current status stays that of the latest-dated entry.</source>
        <translation>Ghi một mục tiến độ cho kiến nghị, như trên cửa sổ. --date có thể là ngày đã qua (mặc định: hôm nay); trạng thái hiện tại luôn là trạng thái của mục có ngày muộn nhất.</translation>
    </message>
    <message>
        <source>the follow-up&apos;s ID</source>
        <translation>mã kiến nghị</translation>
    </message>
    <message>
        <source>new status, by code (in_progress) or label in either language</source>
        <translation>trạng thái mới, theo mã (in_progress) hoặc tên gọi bằng tiếng Việt hay tiếng Anh</translation>
    </message>
    <message>
        <source>date of the entry, dd/mm/yyyy (default: today)</source>
        <translation>ngày của mục tiến độ, dd/mm/yyyy (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>nội dung đã thực hiện</translation>
    </message>
    <message>
        <source>Follow-up #{id}: now {status}{since}.</source>
        <translation>Kiến nghị #{id}: hiện ở trạng thái {status}{since}.</translation>
    </message>
    <message>
        <source> (done on {date})</source>
        <translation> (hoàn thành ngày {date})</translation>
    </message>
    <message>
        <source>write the periodic report of a period (.xlsx or .pdf)</source>
        <translation>lập báo cáo định kỳ của một kỳ (.xlsx hoặc .pdf)</translation>
    </message>
    <message>
        <source>Write the periodic report (Decree 09/2019/NĐ-CP): the period and its data cut-off date, the summary figures, a table per unit, the follow-ups behind each figure and the changes during the period. Figures are computed from the progress log as of --to. Dates are dd/mm/yyyy.</source>
        <translation>Lập báo cáo định kỳ (Nghị định 09/2019/NĐ-CP): kỳ báo cáo và thời điểm lấy số liệu, số liệu tổng hợp, bảng theo từng đơn vị, danh sách kiến nghị của từng chỉ tiêu và các thay đổi trong kỳ. Số liệu tính theo nhật ký tiến độ tại ngày --to. Ngày viết theo dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>first day of the period, dd/mm/yyyy</source>
        <translation>ngày đầu kỳ, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>last day of the period, the data cut-off date, dd/mm/yyyy</source>
        <translation>ngày cuối kỳ, cũng là thời điểm lấy số liệu, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the file to write: .xlsx (workbook with charts) or .pdf (A4)</source>
        <translation>tệp cần ghi: .xlsx (bảng tính có biểu đồ) hoặc .pdf (khổ A4)</translation>
    </message>
    <message>
        <source>The report must be an .xlsx or a .pdf file: {path}</source>
        <translation>Báo cáo phải là tệp .xlsx hoặc .pdf: {path}</translation>
    </message>
    <message>
        <source>Periodic report {start} – {cutoff} written to {path} ({pages} pages).</source>
        <translation>Đã ghi báo cáo định kỳ {start} – {cutoff} vào {path} ({pages} trang).</translation>
    </message>
    <message>
        <source>on-time figures of a period, by unit, partner, category or officer</source>
        <translation>số liệu tiến độ của một kỳ, theo đơn vị, đối tác, nhóm kiến nghị hoặc cán bộ</translation>
    </message>
    <message>
        <source>The figures of SPEC §10 for the period from --from to --to (the data cut-off date), computed from the progress log as of the cut-off, so a past period always gives the same figures. Dates are dd/mm/yyyy, in the JSON too. Default period: from 1 January of the cut-off&apos;s year to today.</source>
        <translation>Số liệu theo mục 10 của đặc tả cho kỳ từ --from đến --to (thời điểm lấy số liệu), tính theo nhật ký tiến độ tại thời điểm đó, nên một kỳ đã qua luôn cho cùng số liệu. Ngày viết theo dd/mm/yyyy, kể cả trong JSON. Kỳ mặc định: từ ngày 1 tháng 1 của năm lấy số liệu đến hôm nay.</translation>
    </message>
    <message>
        <source>first day of the period, dd/mm/yyyy (default: 1 January of --to&apos;s year)</source>
        <translation>ngày đầu kỳ, dd/mm/yyyy (mặc định: ngày 1 tháng 1 của năm --to)</translation>
    </message>
    <message>
        <source>last day of the period, the data cut-off date, dd/mm/yyyy (default: today)</source>
        <translation>ngày cuối kỳ, cũng là thời điểm lấy số liệu, dd/mm/yyyy (mặc định: hôm nay)</translation>
    </message>
    <message>
        <source>one row per unit (default), partner, category or officer</source>
        <translation>mỗi dòng một đơn vị (mặc định), đối tác, nhóm kiến nghị hoặc cán bộ</translation>
    </message>
    <message>
        <source>Period {start} – {cutoff} (data cut-off date {cutoff}), by {by}</source>
        <translation>Kỳ {start} – {cutoff} (số liệu đến ngày {cutoff}), theo {by}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>{option}: unknown value “{value}”; use one of: {known}.</source>
        <translation>{option}: không có giá trị “{value}”; hãy dùng một trong: {known}.</translation>
    </message>
    <message>
        <source>--category: unknown category “{value}”; use one of: {known}.</source>
        <translation>--category: không có nhóm kiến nghị “{value}”; hãy dùng một trong: {known}.</translation>
    </message>
    <message>
        <source>--unit: no unit matches “{value}”; the units are: {known}.</source>
        <translation>--unit: không có đơn vị nào khớp với “{value}”; các đơn vị hiện có: {known}.</translation>
    </message>
    <message>
        <source>--unit: “{value}” matches several units; give the ID: {known}.</source>
        <translation>--unit: “{value}” khớp với nhiều đơn vị; hãy ghi mã: {known}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Please confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Cannot undo: {record} #{id} was changed by {officers} on {date} at {time}, after your change; it was left as it is.</source>
        <translation>Không thể hoàn tác: {record} #{id} đã được {officers} sửa vào ngày {date} lúc {time}, sau thay đổi của đồng chí; bản ghi được giữ nguyên.</translation>
    </message>
    <message>
        <source>{record} #{id} was deleted by {officers} on {date} at {time}, after you opened it; nothing was saved.</source>
        <translation>{record} #{id} đã bị {officers} xoá vào ngày {date} lúc {time}, sau khi đồng chí mở ra; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>{record} #{id} was changed by {officers} on {date} at {time}, after you opened it; nothing was saved.</source>
        <translation>{record} #{id} đã được {officers} sửa vào ngày {date} lúc {time}, sau khi đồng chí mở ra; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>Cannot undo: {record} #{id} was changed by someone else after your change; it was left as it is.</source>
        <translation>Không thể hoàn tác: {record} #{id} đã được người khác sửa sau thay đổi của đồng chí; bản ghi được giữ nguyên.</translation>
    </message>
    <message>
        <source>{record} #{id} was changed by someone else after you opened it; nothing was saved.</source>
        <translation>{record} #{id} đã được người khác sửa sau khi đồng chí mở ra; chưa có gì được lưu.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Fields that differ</source>
        <translation>Các trường khác nhau</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Đang lưu</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Của đồng chí</translation>
    </message>
    <message>
        <source>&amp;Reload the saved version</source>
        <translation>&amp;Tải lại bản đang lưu</translation>
    </message>
    <message>
        <source>Show the record as it is saved now; your changes in this form are dropped.</source>
        <translation>Hiển thị bản ghi như đang được lưu; các thay đổi của đồng chí trong biểu mẫu này sẽ bị bỏ.</translation>
    </message>
    <message>
        <source>A&amp;pply my changes on top</source>
        <translation>&amp;Áp dụng thay đổi của tôi lên trên</translation>
    </message>
    <message>
        <source>Save the fields you changed over the saved version; the others keep their saved values.</source>
        <translation>Lưu các trường đồng chí đã sửa lên bản đang lưu; các trường khác giữ nguyên giá trị đang lưu.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The password for {user} on {server} could not be stored in the system keyring; use a PostgreSQL password file (pgpass) instead.</source>
        <translation>Không lưu được mật khẩu của {user} trên {server} vào kho khóa của hệ thống; hãy dùng tệp mật khẩu PostgreSQL (pgpass).</translation>
    </message>
    <message>
        <source>The database address contains a password, which other programs on this computer can read; keep it in the system keyring or a PostgreSQL password file (pgpass) instead (see the README).</source>
        <translation>Địa chỉ cơ sở dữ liệu có chứa mật khẩu, các chương trình khác trên máy này có thể đọc được; hãy lưu mật khẩu trong kho khóa của hệ thống hoặc tệp mật khẩu PostgreSQL (pgpass) (xem README).</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password of {user} for the database {database}.</source>
        <translation>Máy chủ {server} không chấp nhận mật khẩu của {user} cho cơ sở dữ liệu {database}.</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of {user} for the database {database}; keep it in the system keyring or a PostgreSQL password file (pgpass), see the README.</source>
        <translation>Máy chủ {server} yêu cầu mật khẩu của {user} cho cơ sở dữ liệu {database}; hãy lưu mật khẩu trong kho khóa của hệ thống hoặc tệp mật khẩu PostgreSQL (pgpass), xem README.</translation>
    </message>
    <message>
        <source>There is no database {database} on the server {server}.</source>
        <translation>Không có cơ sở dữ liệu {database} trên máy chủ {server}.</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect to the database {database}.</source>
        <translation>Máy chủ {server} không cho phép {user} kết nối tới cơ sở dữ liệu {database}.</translation>
    </message>
    <message>
        <source>The role {user} lacks the rights hptracker needs in the database {database} on the server {server} ({reason}).</source>
        <translation>Vai trò {user} chưa có đủ quyền mà hptracker cần trong cơ sở dữ liệu {database} trên máy chủ {server} ({reason}).</translation>
    </message>
    <message>
        <source>The database {database} on the server {server} has no schema where {user} may create hptracker&apos;s tables.</source>
        <translation>Cơ sở dữ liệu {database} trên máy chủ {server} không có lược đồ (schema) nào mà {user} được phép tạo các bảng của hptracker.</translation>
    </message>
    <message>
        <source>The server {server} has no free connection for the database {database}; try again in a moment.</source>
        <translation>Máy chủ {server} hiện không còn kết nối trống cho cơ sở dữ liệu {database}; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Cannot reach the database server {server} for the database {database}: check that the server is running and that its address is right.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu {server} cho cơ sở dữ liệu {database}: hãy kiểm tra máy chủ đang hoạt động và địa chỉ của máy chủ là đúng.</translation>
    </message>
    <message>
        <source>The database {database} on the server {server} cannot be used: {reason}.</source>
        <translation>Không sử dụng được cơ sở dữ liệu {database} trên máy chủ {server}: {reason}.</translation>
    </message>
    <message>
        <source>The role {user} cannot write to the database {database} on the server {server}; it may only read.</source>
        <translation>Vai trò {user} không được ghi vào cơ sở dữ liệu {database} trên máy chủ {server}; vai trò này chỉ được đọc.</translation>
    </message>
    <message>
        <source>The database {database} on the server {server} must first be upgraded to this version of hptracker by a role that may change it (its owner); the role {user} may only read.</source>
        <translation>Cơ sở dữ liệu {database} trên máy chủ {server} cần được nâng cấp lên phiên bản hptracker này trước, bởi một vai trò có quyền thay đổi (chủ sở hữu); vai trò {user} chỉ được đọc.</translation>
    </message>
    <message>
        <source>hptracker needs PostgreSQL 15 or newer; the server {server} runs version {version}.</source>
        <translation>hptracker cần PostgreSQL 15 trở lên; máy chủ {server} đang chạy phiên bản {version}.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Edit contact</source>
        <translation>Sửa đầu mối liên hệ</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Đầu mối liên hệ mới</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>e.g. Director, Foreign Affairs Office</source>
        <translation>ví dụ: Giám đốc Văn phòng Ngoại vụ</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Chức &amp;vụ:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>Tổ &amp;chức:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Thư điện tử (&amp;email):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>An unexpected error stopped that action ({error}); the records already saved are safe, and the details for support were written to {path}.</source>
        <translation>Một lỗi ngoài dự kiến đã làm dừng thao tác vừa rồi ({error}); các hồ sơ đã lưu vẫn an toàn, và thông tin chi tiết để gửi bộ phận hỗ trợ đã được ghi vào {path}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped that action ({error}); the records already saved are safe, but the details could not be written to {path}.</source>
        <translation>Một lỗi ngoài dự kiến đã làm dừng thao tác vừa rồi ({error}); các hồ sơ đã lưu vẫn an toàn, nhưng không ghi được thông tin chi tiết vào {path}.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Database file</source>
        <translation>Tệp cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>hptracker databases (*.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu hptracker (*.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Đang dùng:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Duyệt…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>e.g. db.heza.local</source>
        <translation>ví dụ db.heza.local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Tên cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>your role on the server</source>
        <translation>tài khoản (role) của anh/chị trên máy chủ</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the settings file</source>
        <translation>được lưu trong kho khóa của hệ thống, không bao giờ trong tệp cài đặt</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng nhậ&amp;p:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Kiểm t&amp;ra kết nối</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Dùng cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>This com&amp;puter&apos;s file</source>
        <translation>Tệp trên máy tính nà&amp;y</translation>
    </message>
    <message>
        <source>An office server (PostgreS&amp;QL)</source>
        <translation>Máy chủ của cơ &amp;quan (PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Máy &amp;chủ:</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>Tên cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật khẩ&amp;u:</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Hãy chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>máy chủ</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>tên cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <source>Fill in {fields}.</source>
        <translation>Hãy điền {fields}.</translation>
    </message>
    <message>
        <source>Connecting to {target}…</source>
        <translation>Đang kết nối tới {target}…</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}). The database is empty: hptracker creates its tables when the window first opens on it.</source>
        <translation>Đã kết nối tới {target} (PostgreSQL {version}). Cơ sở dữ liệu còn trống: hptracker sẽ tạo các bảng của mình khi cửa sổ mở nó lần đầu.</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}), but its records were written by a newer version of hptracker: update this program first.</source>
        <translation>Đã kết nối tới {target} (PostgreSQL {version}), nhưng dữ liệu trong đó do một phiên bản hptracker mới hơn ghi: hãy cập nhật chương trình này trước.</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}); its records are upgraded, after a backup, when the window opens on it.</source>
        <translation>Đã kết nối tới {target} (PostgreSQL {version}); dữ liệu trong đó sẽ được nâng cấp, sau khi sao lưu, khi cửa sổ mở nó.</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}); hptracker&apos;s records are there.</source>
        <translation>Đã kết nối tới {target} (PostgreSQL {version}); dữ liệu của hptracker có sẵn ở đó.</translation>
    </message>
    <message>
        <source>hptracker will use {target}.</source>
        <translation>hptracker sẽ dùng {target}.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Chọn ngày trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation>chưa phải là ngày</translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation>Hiểu là ngày {date}</translation>
    </message>
    <message>
        <source>A date is required (dd/mm/yyyy).</source>
        <translation>Chưa nhập ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; type it as dd/mm/yyyy.</source>
        <translation>“{value}” không phải là ngày; hãy nhập theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>“{what}” has changes that are not saved.</source>
        <translation>“{what}” có thay đổi chưa được lưu.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Lưu lại trước khi đóng?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Không lưu</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved forms</source>
        <translation>Biểu mẫu chưa lưu</translation>
    </message>
    <message>
        <source>hptracker closed last time without saving these forms (a crash or a power cut?):</source>
        <translation>Lần trước hptracker đã đóng khi các biểu mẫu sau chưa được lưu (do lỗi chương trình hoặc mất điện?):</translation>
    </message>
    <message>
        <source>Reopen them with what was typed?</source>
        <translation>Mở lại các biểu mẫu với nội dung đã nhập?</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Để sau</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>Đầu mối này không còn nữa.</translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation>Số liệu này không còn nữa.</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024</source>
        <translation>dd/mm/yyyy, mm/yyyy, Q3/2024 hoặc 2024</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>not a due date yet</source>
        <translation>chưa phải là thời hạn hợp lệ</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>ngày {date}</translation>
    </message>
    <message>
        <source>within the month, by {date}</source>
        <translation>trong tháng, chậm nhất ngày {date}</translation>
    </message>
    <message>
        <source>within the quarter, by {date}</source>
        <translation>trong quý, chậm nhất ngày {date}</translation>
    </message>
    <message>
        <source>within the year, by {date}</source>
        <translation>trong năm, chậm nhất ngày {date}</translation>
    </message>
    <message>
        <source>“{value}” is not a due date; type 13/05/2024, 05/2024, Q3/2024 or 2024.</source>
        <translation>“{value}” không phải là thời hạn; hãy nhập 13/05/2024, 05/2024, Q3/2024 hoặc 2024.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>{n} follow-ups exported to {path}.</source>
        <translation>Đã xuất {n} kiến nghị ra {path}.</translation>
    </message>
    <message>
        <source>{n} partners exported to {path}.</source>
        <translation>Đã xuất {n} đối tác ra tệp {path}.</translation>
    </message>
    <message>
        <source>{n} meetings exported to {path}.</source>
        <translation>Đã xuất {n} buổi làm việc ra tệp {path}.</translation>
    </message>
    <message>
        <source>{n} agreements exported to {path}.</source>
        <translation>Đã xuất {n} văn bản hợp tác ra tệp {path}.</translation>
    </message>
    <message>
        <source>{n} characters that a spreadsheet cannot hold were replaced with �.</source>
        <translation>{n} ký tự mà bảng tính không lưu được đã được thay bằng �.</translation>
    </message>
    <message>
        <source>{n} texts too long for one cell are kept whole in the sheet “{sheet}”.</source>
        <translation>{n} đoạn văn bản quá dài cho một ô được giữ nguyên vẹn trong trang tính “{sheet}”.</translation>
    </message>
    <message>
        <source>text too long for one cell: the whole text is in sheet “{sheet}”, from row {row}</source>
        <translation>nội dung quá dài cho một ô: toàn văn ở trang tính “{sheet}”, từ dòng {row}</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Trang &amp;P/&amp;N</translation>
    </message>
    <message>
        <source>partner: {names}</source>
        <translation>đối tác: {names}</translation>
    </message>
    <message>
        <source>status: {values}</source>
        <translation>trạng thái: {values}</translation>
    </message>
    <message>
        <source>direction: {values}</source>
        <translation>bên đề nghị: {values}</translation>
    </message>
    <message>
        <source>responsible unit: {values}</source>
        <translation>đơn vị chủ trì: {values}</translation>
    </message>
    <message>
        <source>category: {values}</source>
        <translation>nhóm kiến nghị: {values}</translation>
    </message>
    <message>
        <source>raised at: {meeting}</source>
        <translation>nêu tại: {meeting}</translation>
    </message>
    <message>
        <source>agreement: {agreement}</source>
        <translation>văn bản hợp tác: {agreement}</translation>
    </message>
    <message>
        <source>due from {date}</source>
        <translation>thời hạn từ ngày {date}</translation>
    </message>
    <message>
        <source>due by {date}</source>
        <translation>thời hạn đến ngày {date}</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>chỉ kiến nghị quá hạn</translation>
    </message>
    <message>
        <source>awaiting the partner only</source>
        <translation>chỉ kiến nghị chờ phía bạn</translation>
    </message>
    <message>
        <source>search: “{text}”</source>
        <translation>tìm kiếm: “{text}”</translation>
    </message>
    <message>
        <source>deleted follow-ups</source>
        <translation>kiến nghị đã xóa</translation>
    </message>
    <message>
        <source>none (all records)</source>
        <translation>không (tất cả bản ghi)</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Điều kiện lọc: {filters}</translation>
    </message>
    <message>
        <source>(this sheet: the records of the partners of the follow-ups selected)</source>
        <translation>(trang này: các bản ghi của những đối tác có kiến nghị được chọn)</translation>
    </message>
    <message>
        <source>Follow-up status report — {sheet}</source>
        <translation>Báo cáo tình hình thực hiện kiến nghị — {sheet}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Tính đến ngày {date}</translation>
    </message>
    <message>
        <source>; changes since {date} are marked in the Follow-ups sheet</source>
        <translation>; các thay đổi kể từ ngày {date} được đánh dấu ở trang Kiến nghị</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Cán bộ: {name}</translation>
    </message>
    <message>
        <source>deleted records</source>
        <translation>bản ghi đã xóa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>Export follow-ups</source>
        <translation>Xuất danh sách kiến nghị</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Xuất dữ liệu không thành công</translation>
    </message>
    <message>
        <source>Exporting follow-ups to {name}…</source>
        <translation>Đang xuất kiến nghị ra {name}…</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Đang xuất ra tệp {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Mark what changed since:</source>
        <translation>Đánh &amp;dấu thay đổi kể từ ngày:</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Thay đổi kể từ ngày</translation>
    </message>
    <message>
        <source>New follow-ups, status changes, progress added and due dates moved since that day get a Changes column and a highlighted row. The day of the last export is proposed.</source>
        <translation>Kiến nghị mới, kiến nghị đổi trạng thái, có tiến độ mới hoặc được điều chỉnh thời hạn kể từ ngày đó sẽ có cột Thay đổi và được tô màu cả dòng. Ngày xuất báo cáo lần trước được đề xuất sẵn.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Tiến độ xuất dữ liệu</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>The export failed because of an unexpected error: {error}</source>
        <translation>Xuất dữ liệu không thành công do lỗi ngoài dự kiến: {error}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Đã hủy xuất dữ liệu; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <source>Edit fact</source>
        <translation>Sửa số liệu</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>Số liệu mới</translation>
    </message>
    <message>
        <source>e.g. valid FDI projects</source>
        <translation>ví dụ: dự án FDI còn hiệu lực</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>a number, e.g. 860 or 25.5</source>
        <translation>một số, ví dụ 860 hoặc 25.5</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>or in words, e.g. over 25 billion</source>
        <translation>hoặc bằng chữ, ví dụ: trên 25 tỷ</translation>
    </message>
    <message>
        <source>Value as &amp;text:</source>
        <translation>Giá trị dạng &amp;văn bản:</translation>
    </message>
    <message>
        <source>e.g. projects, USD</source>
        <translation>ví dụ: dự án, USD</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn vị &amp;tính:</translation>
    </message>
    <message>
        <source>e.g. from 42 countries and territories</source>
        <translation>ví dụ: từ 42 quốc gia và vùng lãnh thổ</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Phạm vi:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Tính đế&amp;n:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ng&amp;uồn:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Đối tác:</translation>
    </message>
    <message>
        <source>Leave blank for a fact about the whole city.</source>
        <translation>Để trống nếu là số liệu của toàn thành phố.</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code, blank = the city):</source>
        <translation>&amp;Quốc gia (mã ISO, để trống = toàn thành phố):</translation>
    </message>
    <message>
        <source>Give the value as a number or as text.</source>
        <translation>Hãy nhập giá trị bằng số hoặc bằng chữ.</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Facts — {name}</source>
        <translation>Số liệu — {name}</translation>
    </message>
    <message>
        <source>Facts — the whole city</source>
        <translation>Số liệu — toàn thành phố</translation>
    </message>
    <message>
        <source>Facts about this partner. Its country&apos;s and the city&apos;s facts are shown too, read-only: edit them from Records › Facts with no partner selected.</source>
        <translation>Số liệu về đối tác này. Số liệu của quốc gia và của thành phố cũng được hiển thị, chỉ để xem: sửa chúng tại Hồ sơ › Số liệu khi không chọn đối tác nào.</translation>
    </message>
    <message>
        <source>Facts about the whole city and about countries (a fact about a partner is edited from that partner).</source>
        <translation>Số liệu của toàn thành phố và của các quốc gia (số liệu về một đối tác được sửa từ đối tác đó).</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Thuộc về</translation>
    </message>
    <message>
        <source>&amp;Add fact…</source>
        <translation>&amp;Thêm số liệu…</translation>
    </message>
    <message>
        <source>&amp;Edit fact…</source>
        <translation>&amp;Sửa số liệu…</translation>
    </message>
    <message>
        <source>&amp;Delete fact</source>
        <translation>&amp;Xóa số liệu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This partner</source>
        <translation>Đối tác này</translation>
    </message>
    <message>
        <source>Partner #{id}</source>
        <translation>Đối tác #{id}</translation>
    </message>
    <message>
        <source>Country {code}</source>
        <translation>Quốc gia {code}</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <source>{scope} (read-only here)</source>
        <translation>{scope} (chỉ xem tại đây)</translation>
    </message>
    <message>
        <source>Delete the fact “{indicator}”?</source>
        <translation>Xóa số liệu “{indicator}”?</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên nguyên ngữ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Parent partner</source>
        <translation>Đối tác cấp trên</translation>
    </message>
    <message>
        <source>Relationship level</source>
        <translation>Mức độ quan hệ</translation>
    </message>
    <message>
        <source>Relationship since</source>
        <translation>Quan hệ từ năm</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Hình thức đoàn</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Our lead</source>
        <translation>Lãnh đạo phía ta</translation>
    </message>
    <message>
        <source>Partner&apos;s head of delegation</source>
        <translation>Trưởng đoàn phía bạn</translation>
    </message>
    <message>
        <source>Head of delegation (romanised)</source>
        <translation>Trưởng đoàn (phiên âm)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức văn bản</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Các bên</translation>
    </message>
    <message>
        <source>Signing unit</source>
        <translation>Đơn vị ký</translation>
    </message>
    <message>
        <source>Our signatory</source>
        <translation>Người ký phía ta</translation>
    </message>
    <message>
        <source>Partner&apos;s signatory</source>
        <translation>Người ký phía bạn</translation>
    </message>
    <message>
        <source>Signed date</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Nơi ký</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Ngày hiệu lực</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ngày hết hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Successor agreement</source>
        <translation>Văn bản kế thừa</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Nội dung chi tiết</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn bản hợp tác</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Cán bộ theo dõi</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Đầu mối phía bạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức ưu tiên</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation>Giá trị (dạng chữ)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write {path}: permission denied, or the file is open in another program (close it and try again).</source>
        <translation>Không ghi được {path}: không có quyền ghi, hoặc tệp đang mở trong chương trình khác (hãy đóng tệp rồi thử lại).</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full ({reason}); free some space and try again.</source>
        <translation>Không ghi được {path}: ổ đĩa đã đầy ({reason}); vui lòng giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>Không ghi được {path}: thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Không ghi được {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the file came out incomplete (is the disk full?). Any previous file of that name was kept.</source>
        <translation>Không ghi được {path}: tệp ghi ra không đầy đủ (ổ đĩa có thể đã đầy). Tệp cùng tên có từ trước (nếu có) vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Nothing was written to {path}.</source>
        <translation>Không có gì được ghi vào {path}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>một thư mục</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>một đường ống có tên (named pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>một thiết bị</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>một socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>một tệp đặc biệt</translation>
    </message>
    <message>
        <source>{path} is the database {db} or one of its working files; choose another file. Nothing was written.</source>
        <translation>{path} là cơ sở dữ liệu {db} hoặc một trong các tệp làm việc của nó; vui lòng chọn tệp khác. Chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>{path} is in the backups folder of the database, which hptracker manages on its own; choose another place. Nothing was written.</source>
        <translation>{path} nằm trong thư mục sao lưu của cơ sở dữ liệu, do hptracker tự quản lý; vui lòng chọn nơi khác. Chưa có gì được ghi.</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>details</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>bên đề nghị</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>buổi làm việc</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>văn bản hợp tác</translation>
    </message>
    <message>
        <source>category</source>
        <translation>nhóm kiến nghị</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>đơn vị chủ trì</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>cán bộ phụ trách</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>mức độ ưu tiên</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <source>due precision</source>
        <translation>kiểu thời hạn</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>ngày hoàn thành</translation>
    </message>
    <message>
        <source>fields of cooperation</source>
        <translation>lĩnh vực hợp tác</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>trạng thái xóa</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>đầu mối</translation>
    </message>
    <message>
        <source>progress entry</source>
        <translation>mục tiến độ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <source>Select a follow-up to see its history and record progress.</source>
        <translation>Chọn một kiến nghị để xem quá trình và cập nhật tiến độ.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Đối tác:</translation>
    </message>
    <message>
        <source>Partner contact:</source>
        <translation>Đầu mối phía bạn:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Bên đề nghị:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Nhóm kiến nghị:</translation>
    </message>
    <message>
        <source>Raised at:</source>
        <translation>Nêu tại:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Văn bản hợp tác:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Phụ trách:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Ưu tiên:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Trạng thái mới</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nội dung tiến độ</translation>
    </message>
    <message>
        <source>what happened; Enter records it</source>
        <translation>diễn biến mới; Enter để ghi</translation>
    </message>
    <message>
        <source>Progress date</source>
        <translation>Ngày cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Gh&amp;i nhận</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Sửa &amp;kiến nghị…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Quá trình</translation>
    </message>
    <message>
        <source>Deleted — restore it from the Delete/Restore action. {state}</source>
        <translation>Đã xóa — khôi phục bằng lệnh Khôi phục. {state}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>{status} (unchanged)</source>
        <translation>{status} (giữ nguyên)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Progress on follow-up #{id}</source>
        <translation>Tiến độ của kiến nghị #{id}</translation>
    </message>
    <message>
        <source>Follow-up #{id}</source>
        <translation>Kiến nghị #{id}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FollowUpField</name>
    <message>
        <source>Direction</source>
        <translation>Chiều kiến nghị</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Edit follow-up #{id}</source>
        <translation>Sửa kiến nghị #{id}</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Kiến nghị mới</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>Đối tá&amp;c:</translation>
    </message>
    <message>
        <source>Partner co&amp;ntact:</source>
        <translation>Đầu mối phía bạ&amp;n:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Nhóm &amp;kiến nghị:</translation>
    </message>
    <message>
        <source>the meeting being logged</source>
        <translation>buổi làm việc đang ghi</translation>
    </message>
    <message>
        <source>Raised at &amp;meeting:</source>
        <translation>Nêu tại buổi là&amp;m việc:</translation>
    </message>
    <message>
        <source>{title} (logged with this meeting)</source>
        <translation>{title} (ghi cùng buổi làm việc này)</translation>
    </message>
    <message>
        <source>Implements &amp;agreement:</source>
        <translation>Thực hiện &amp;văn bản:</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>Đơn vị chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>Responsible &amp;officer:</source>
        <translation>Cán bộ &amp;phụ trách:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Mức độ ư&amp;u tiên:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Bên đề nghị:</translation>
    </message>
    <message>
        <source>Empty: the meeting&apos;s date, else today.</source>
        <translation>Để trống: lấy ngày của buổi làm việc, nếu không có thì hôm nay.</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>Ngà&amp;y nêu:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>T&amp;hời hạn:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Trạn&amp;g thái:</translation>
    </message>
    <message>
        <source>&amp;Fields of cooperation:</source>
        <translation>&amp;Lĩnh vực hợp tác:</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>Changing the status here writes a progress entry.</source>
        <translation>Đổi trạng thái tại đây sẽ ghi một mục tiến độ.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>{contact} is not a contact of this partner: the choice was cleared.</source>
        <translation>{contact} không phải đầu mối của đối tác này: đã bỏ lựa chọn.</translation>
    </message>
    <message>
        <source>Choose the partner first; its contacts are listed here.</source>
        <translation>Hãy chọn đối tác trước; các đầu mối của đối tác sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>This partner has no contacts yet: add them in the partner&apos;s form.</source>
        <translation>Đối tác này chưa có đầu mối: hãy thêm trong biểu mẫu đối tác.</translation>
    </message>
    <message>
        <source>{contact} (contact of another partner)</source>
        <translation>{contact} (đầu mối của đối tác khác)</translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation>Hãy chọn đối tác.</translation>
    </message>
    <message>
        <source>{contact} is not a contact of {partner}: choose one of its contacts or (none).</source>
        <translation>{contact} không phải đầu mối của {partner}: hãy chọn một đầu mối của đối tác này hoặc (không có).</translation>
    </message>
    <message>
        <source>Possible duplicate — already recorded for this partner and meeting: {items}. Save again to keep both.</source>
        <translation>Có thể bị trùng — đã ghi nhận cho đối tác và buổi làm việc này: {items}. Nhấn Lưu lần nữa để giữ cả hai.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Vẫn lưu</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{label} by {days} d</source>
        <translation>{label} {days} ngày</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Bên đề nghị</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Nêu tại</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Tiến độ gần nhất</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Search follow-ups: title, details, partner in any script or alias (Ctrl+F)</source>
        <translation>Tìm theo tiêu đề, nội dung, mọi tên gọi của đối tác (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search follow-ups</source>
        <translation>Tìm kiến nghị</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Open (not done or dropped)</source>
        <translation>Đang mở (chưa xong, chưa hủy)</translation>
    </message>
    <message>
        <source>Partner: any</source>
        <translation>Đối tác: tất cả</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Lọc theo đối tác</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Lọc theo bên đề nghị</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Mọi bên đề nghị</translation>
    </message>
    <message>
        <source>Our unit filter</source>
        <translation>Lọc theo đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Lọc theo nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Due period filter</source>
        <translation>Lọc theo thời hạn</translation>
    </message>
    <message>
        <source>Due: any time</source>
        <translation>Thời hạn: bất kỳ</translation>
    </message>
    <message>
        <source>Due before today</source>
        <translation>Hạn trước hôm nay</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Đến hạn trong 30 ngày tới</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Đến hạn trong tháng này</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>Đến hạn trong quý này</translation>
    </message>
    <message>
        <source>Due this year</source>
        <translation>Đến hạn trong năm nay</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Quá hạn</translation>
    </message>
    <message>
        <source>Only follow-ups past their due date and not done</source>
        <translation>Chỉ các kiến nghị đã quá thời hạn mà chưa hoàn thành</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>Đã xó&amp;a</translation>
    </message>
    <message>
        <source>Deleted follow-ups can be restored from here.</source>
        <translation>Có thể khôi phục các kiến nghị đã xóa từ đây.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Mọi nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>Tìm thấy {n}</translation>
    </message>
    <message>
        <source>Follow-ups shown: {n}</source>
        <translation>Kiến nghị đang hiển thị: {n}</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>Quá hạn: {n}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>In a form: save it</source>
        <translation>Trong biểu mẫu: lưu</translation>
    </message>
    <message>
        <source>In a form: close it (asks first if it has changes)</source>
        <translation>Trong biểu mẫu: đóng (hỏi trước nếu có thay đổi chưa lưu)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Chỉ xem: {reason}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{sheet}, row {row}, column {column}: {message}</source>
        <translation>{sheet}, dòng {row}, cột {column}: {message}</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {message}</source>
        <translation>{sheet}, dòng {row}: {message}</translation>
    </message>
    <message>
        <source>{sheet}, column {column}: {message}</source>
        <translation>{sheet}, cột {column}: {message}</translation>
    </message>
    <message>
        <source>{sheet}: {message}</source>
        <translation>{sheet}: {message}</translation>
    </message>
    <message>
        <source>{n} more problems are not listed; fix the ones above first.</source>
        <translation>Còn {n} lỗi khác chưa liệt kê; hãy sửa các lỗi trên trước.</translation>
    </message>
    <message>
        <source>{create} to create, {update} to update, {unchanged} unchanged, {partners} new partners, {problems} problems</source>
        <translation>{create} tạo mới, {update} cập nhật, {unchanged} không đổi, {partners} đối tác mới, {problems} lỗi</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Tệp: {name}</translation>
    </message>
    <message>
        <source>To update:</source>
        <translation>Sẽ cập nhật:</translation>
    </message>
    <message>
        <source>  #{id} (row {row}) {title}: {changes}</source>
        <translation>  #{id} (dòng {row}) {title}: {changes}</translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation>  … và {n} mục khác</translation>
    </message>
    <message>
        <source>To create:</source>
        <translation>Sẽ tạo mới:</translation>
    </message>
    <message>
        <source>  row {row}: {title} ({partner})</source>
        <translation>  dòng {row}: {title} ({partner})</translation>
    </message>
    <message>
        <source>New partners: {names}</source>
        <translation>Đối tác mới: {names}</translation>
    </message>
    <message>
        <source>Ignored column: {sheet}, {column}</source>
        <translation>Cột bị bỏ qua: {sheet}, {column}</translation>
    </message>
    <message>
        <source>Sheet not imported: {sheet} ({reason})</source>
        <translation>Trang tính không được nhập: {sheet} ({reason})</translation>
    </message>
    <message>
        <source>Problems (nothing will be written until they are fixed):</source>
        <translation>Lỗi (chưa ghi gì cho đến khi sửa hết):</translation>
    </message>
    <message>
        <source>Cannot read {path}: permission denied, or the file is open in another program (close it and try again).</source>
        <translation>Không đọc được {path}: không có quyền đọc, hoặc tệp đang mở trong chương trình khác (hãy đóng tệp rồi thử lại).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} không tồn tại.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook.</source>
        <translation>{path} là thư mục, không phải tệp bảng tính.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Không đọc được {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.</source>
        <translation>{name} không phải là tệp Excel (.xlsx). Hãy mở tệp trong Excel và lưu dưới dạng “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a real .xlsx workbook; nothing was imported.</source>
        <translation>{name} bị hỏng hoặc không phải tệp .xlsx thực sự; chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>{name} is not a regular file (it is a named pipe, a device or a socket); nothing was read.</source>
        <translation>{name} không phải là tệp thông thường (đó là đường ống, thiết bị hoặc socket); chưa đọc dữ liệu nào.</translation>
    </message>
    <message>
        <source>{name} expands to far more data than it holds (a “zip bomb”); it was not opened.</source>
        <translation>{name} khi giải nén lớn bất thường so với dung lượng tệp (“bom zip”); tệp không được mở.</translation>
    </message>
    <message>
        <source>{name} is too large to import: its part {part} expands to {size}, at most {limit}.</source>
        <translation>{name} quá lớn để nhập: phần {part} khi giải nén là {size}, tối đa {limit}.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB uncompressed, at most {limit} MB).</source>
        <translation>{name} quá lớn để nhập ({size} MB khi giải nén, tối đa {limit} MB).</translation>
    </message>
    <message>
        <source>{name} is too large to import: its workbook parts expand to {size}, at most {limit}.</source>
        <translation>{name} quá lớn để nhập: các phần mô tả bảng tính khi giải nén là {size}, tối đa {limit}.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} sheets; split it into smaller workbooks.</source>
        <translation>{name} có hơn {limit} trang tính; hãy tách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>{name} is a binary workbook (.xlsb); save it as “Excel Workbook (*.xlsx)” first.</source>
        <translation>{name} là bảng tính nhị phân (.xlsb); hãy lưu lại dưới dạng “Excel Workbook (*.xlsx)” trước.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} different texts (its shared-string table); split it into smaller workbooks.</source>
        <translation>{name} chứa hơn {limit} chuỗi văn bản khác nhau (bảng chuỗi dùng chung); hãy tách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>{name}: a text of its shared-string table holds more than {limit} characters, more than a spreadsheet cell holds.</source>
        <translation>{name}: một chuỗi trong bảng chuỗi dùng chung dài hơn {limit} ký tự, vượt quá sức chứa của một ô bảng tính.</translation>
    </message>
    <message>
        <source>{name}: the cell {cell} holds more than {limit} characters, more than a spreadsheet cell holds.</source>
        <translation>{name}: ô {cell} chứa hơn {limit} ký tự, vượt quá sức chứa của một ô bảng tính.</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97–2003 (.xls) file. Remove the password or save it as “Excel Workbook (*.xlsx)”, then import again.</source>
        <translation>{name} có mật khẩu hoặc là tệp Excel 97–2003 (.xls) cũ. Hãy bỏ mật khẩu hoặc lưu dưới dạng “Excel Workbook (*.xlsx)”, rồi nhập lại.</translation>
    </message>
    <message>
        <source>{name} is an empty file.</source>
        <translation>{name} là tệp rỗng.</translation>
    </message>
    <message>
        <source>no header row found in the first {n} rows (a row with at least the Title column and one of ID, Partner, Status or Due).</source>
        <translation>không tìm thấy dòng tiêu đề trong {n} dòng đầu (dòng có ít nhất cột Tiêu đề và một trong các cột Mã, Đối tác, Trạng thái hoặc Thời hạn).</translation>
    </message>
    <message>
        <source>this column repeats the column {other}; keep only one.</source>
        <translation>cột này trùng với cột {other}; chỉ giữ lại một cột.</translation>
    </message>
    <message>
        <source>merged header cells; unmerge them so that each column has its own header.</source>
        <translation>ô tiêu đề bị gộp; hãy tách ô để mỗi cột có tiêu đề riêng.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has more than {limit} rows; split it into smaller workbooks.</source>
        <translation>Trang tính “{sheet}” có hơn {limit} dòng; hãy tách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>a formula without a computed value; open the file in Excel, let it calculate and save, or type the value.</source>
        <translation>công thức chưa có giá trị tính toán; hãy mở tệp trong Excel để tính rồi lưu lại, hoặc nhập trực tiếp giá trị.</translation>
    </message>
    <message>
        <source>{name} holds more text than can be imported at once (over {limit}); split it into smaller workbooks.</source>
        <translation>{name} chứa nhiều văn bản hơn mức có thể nhập một lần (trên {limit}); hãy tách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” has more than {limit} merged ranges; unmerge its cells and import again.</source>
        <translation>{name}: trang tính “{sheet}” có hơn {limit} vùng ô gộp; hãy bỏ gộp ô rồi nhập lại.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” has more than {limit} formulas without a computed value; open the file in Excel, let it calculate and save it.</source>
        <translation>{name}: trang tính “{sheet}” có hơn {limit} công thức chưa có giá trị tính sẵn; hãy mở tệp trong Excel, để Excel tính toán rồi lưu lại.</translation>
    </message>
    <message>
        <source>the cell refers to a shared text the file does not hold (the file is damaged); type the value again.</source>
        <translation>ô tham chiếu tới một chuỗi dùng chung mà tệp không có (tệp bị hỏng); hãy nhập lại giá trị.</translation>
    </message>
    <message>
        <source>the cell is a date cell but holds “{value}”, which is not a date; type the value again.</source>
        <translation>ô kiểu ngày tháng nhưng chứa “{value}”, không phải là ngày; hãy nhập lại giá trị.</translation>
    </message>
    <message>
        <source>the cell is a TRUE/FALSE cell but holds “{value}”; type the value again.</source>
        <translation>ô kiểu TRUE/FALSE nhưng chứa “{value}”; hãy nhập lại giá trị.</translation>
    </message>
    <message>
        <source>the cell is a number cell but holds “{value}”, which is not a number; type the value again.</source>
        <translation>ô kiểu số nhưng chứa “{value}”, không phải là số; hãy nhập lại giá trị.</translation>
    </message>
    <message>
        <source>{name}: merged ranges of the sheet “{sheet}” cover more than {limit} rows; unmerge its cells and import again.</source>
        <translation>{name}: các vùng ô gộp của trang tính “{sheet}” trải trên hơn {limit} dòng; hãy bỏ gộp ô rồi nhập lại.</translation>
    </message>
    <message>
        <source>the cell shows the Excel error {error}.</source>
        <translation>ô đang hiển thị lỗi Excel {error}.</translation>
    </message>
    <message>
        <source>the text holds {code}, half of a character that no text can hold; type the text again.</source>
        <translation>văn bản chứa {code}, là nửa của một ký tự không thể lưu trong văn bản; hãy nhập lại văn bản.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” contains formulas: their last computed values were read, never recalculated.</source>
        <translation>Trang tính “{sheet}” có công thức: đã đọc giá trị tính toán gần nhất, không tính lại.</translation>
    </message>
    <message>
        <source>hidden sheet, not read</source>
        <translation>trang tính bị ẩn, không đọc</translation>
    </message>
    <message>
        <source>a report; only follow-ups are imported</source>
        <translation>trang báo cáo; chỉ nhập kiến nghị</translation>
    </message>
    <message>
        <source>no follow-up headers</source>
        <translation>không có tiêu đề cột kiến nghị</translation>
    </message>
    <message>
        <source>The follow-ups sheet “{sheet}” of {name} is hidden; unhide it in Excel (right-click a sheet tab → Unhide) and import again.</source>
        <translation>Trang tính kiến nghị “{sheet}” của {name} đang bị ẩn; hãy bỏ ẩn trong Excel (nhấp chuột phải vào thẻ trang tính → Unhide) rồi nhập lại.</translation>
    </message>
    <message>
        <source>{name} is empty: no sheet holds any data.</source>
        <translation>{name} trống: không trang tính nào có dữ liệu.</translation>
    </message>
    <message>
        <source>{name} has no follow-ups sheet: name a sheet “{en}” or “{vi}”, or give it a header row with at least Title and Partner.</source>
        <translation>{name} không có trang tính kiến nghị: hãy đặt tên trang tính là “{en}” hoặc “{vi}”, hoặc thêm dòng tiêu đề có ít nhất cột Tiêu đề và Đối tác.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>“{value}” không thuộc các giá trị: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).</source>
        <translation>“{value}” không phải là thời hạn (dd/mm/yyyy, mm/yyyy, Q3/2024 hoặc 2024).</translation>
    </message>
    <message>
        <source>“{value}” is not a follow-up ID (a whole number); leave it empty to create a new follow-up.</source>
        <translation>“{value}” không phải là mã kiến nghị (số nguyên); để trống để tạo kiến nghị mới.</translation>
    </message>
    <message>
        <source>no unit is named “{value}”.</source>
        <translation>không có đơn vị nào tên là “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” names several units.</source>
        <translation>“{value}” trùng tên với nhiều đơn vị.</translation>
    </message>
    <message>
        <source>no category is named “{value}”.</source>
        <translation>không có nhóm kiến nghị nào tên là “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” names several categories.</source>
        <translation>“{value}” trùng tên với nhiều nhóm kiến nghị.</translation>
    </message>
    <message>
        <source>no agreement has the title or reference “{value}”.</source>
        <translation>không có văn bản hợp tác nào có tiêu đề hoặc số hiệu “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” matches several agreements.</source>
        <translation>“{value}” khớp với nhiều văn bản hợp tác.</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Đầu mối phía bạn</translation>
    </message>
    <message>
        <source>the sheet has no Partner column; rows without an ID create follow-ups and need one.</source>
        <translation>trang tính không có cột Đối tác; các dòng không có mã sẽ tạo kiến nghị mới nên cần cột này.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no Direction column: new follow-ups are recorded as “{label}”.</source>
        <translation>Trang tính “{sheet}” không có cột Bên đề nghị: kiến nghị mới được ghi là “{label}”.</translation>
    </message>
    <message>
        <source>{n} new rows have the same partner and title as an existing follow-up; they will be created again. Put the follow-up&apos;s ID in the row to update it instead.</source>
        <translation>{n} dòng mới có cùng đối tác và tiêu đề với kiến nghị đã có; các dòng này sẽ được tạo thêm lần nữa. Muốn cập nhật thì ghi mã kiến nghị vào dòng đó.</translation>
    </message>
    <message>
        <source>“{value}” names several partners ({names}); use a name only one of them has.</source>
        <translation>“{value}” trùng tên với nhiều đối tác ({names}); hãy dùng tên chỉ một đối tác có.</translation>
    </message>
    <message>
        <source>Did you mean “{name}”?</source>
        <translation>Có phải ý bạn là “{name}”?</translation>
    </message>
    <message>
        <source>no partner is named “{value}”; add it first, or allow creating unknown partners.</source>
        <translation>không có đối tác nào tên là “{value}”; hãy thêm đối tác trước, hoặc cho phép tạo đối tác mới.</translation>
    </message>
    <message>
        <source>follow-up #{id} already appears in {sheet}, row {row}.</source>
        <translation>kiến nghị #{id} đã có ở {sheet}, dòng {row}.</translation>
    </message>
    <message>
        <source>follow-up #{id} was deleted; restore it first, or clear the ID to create a new follow-up.</source>
        <translation>kiến nghị #{id} đã bị xóa; hãy khôi phục trước, hoặc xóa mã để tạo kiến nghị mới.</translation>
    </message>
    <message>
        <source>follow-up #{id} does not exist; clear the ID to create a new follow-up.</source>
        <translation>kiến nghị #{id} không tồn tại; hãy xóa mã để tạo kiến nghị mới.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems in {name} must be fixed first.</source>
        <translation>Chưa nhập dữ liệu nào: cần sửa trước {n} lỗi trong {name}.</translation>
    </message>
    <message>
        <source>Follow-up #{id} was changed after the preview; nothing was imported. Preview the file again.</source>
        <translation>Kiến nghị #{id} đã thay đổi sau khi xem trước; chưa nhập dữ liệu nào. Hãy xem trước tệp một lần nữa.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import from Excel — {name}</source>
        <translation>Nhập từ Excel — {name}</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Xem trước dữ liệu nhập</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>Sau khi nhập</translation>
    </message>
    <message>
        <source>Follow-ups to update</source>
        <translation>Kiến nghị sẽ cập nhật</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Nội dung tiến độ</translation>
    </message>
    <message>
        <source>Follow-ups to create</source>
        <translation>Kiến nghị sẽ tạo mới</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Notes on the workbook</source>
        <translation>Lưu ý về tệp bảng tính</translation>
    </message>
    <message>
        <source>Create the partners this workbook names that are not in the database yet</source>
        <translation>Tạo các đối tác có trong tệp nhưng chưa có trong cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Nhập dữ liệu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>{create} to create, {update} to update, {unchanged} unchanged, {problems} problems.</source>
        <translation>{create} tạo mới, {update} cập nhật, {unchanged} không đổi, {problems} lỗi.</translation>
    </message>
    <message>
        <source>New partners: {names}</source>
        <translation>Đối tác mới: {names}</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the workbook.</source>
        <translation>Chưa thể nhập cho đến khi sửa hết các lỗi trong tệp bảng tính.</translation>
    </message>
    <message>
        <source>Nothing to import: every row matches the database.</source>
        <translation>Không có gì để nhập: mọi dòng đều khớp với cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Column ignored (not a follow-up field): {sheet}, {column}</source>
        <translation>Cột bị bỏ qua (không phải trường của kiến nghị): {sheet}, {column}</translation>
    </message>
    <message>
        <source>Sheet not imported: {sheet} ({reason})</source>
        <translation>Trang tính không được nhập: {sheet} ({reason})</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Lỗi ({n})</translation>
    </message>
    <message>
        <source>To update ({n})</source>
        <translation>Cập nhật ({n})</translation>
    </message>
    <message>
        <source>To create ({n})</source>
        <translation>Tạo mới ({n})</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Lưu ý ({n})</translation>
    </message>
    <message>
        <source>Reading {name} again…</source>
        <translation>Đang đọc lại {name}…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
</context>
<context>
    <name>ImportUi</name>
    <message>
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Tệp Excel (*.xlsx *.xlsm);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Đang nhập dữ liệu từ {name}…</translation>
    </message>
    <message>
        <source>Imported from {name}: {created} follow-ups created, {updated} updated, {progress} progress entries, {partners} new partners.</source>
        <translation>Đã nhập từ {name}: tạo mới {created} kiến nghị, cập nhật {updated}, {progress} lần cập nhật tiến độ, {partners} đối tác mới.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Not started</source>
        <translation>Chưa triển khai</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Awaiting partner</source>
        <translation>Chờ phía bạn</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành chậm</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Our request to the partner</source>
        <translation>Đề nghị của ta với đối tác</translation>
    </message>
    <message>
        <source>Partner&apos;s request to us</source>
        <translation>Đề nghị của đối tác với ta</translation>
    </message>
    <message>
        <source>Joint commitment</source>
        <translation>Cam kết chung</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Có hiệu lực</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Tạm đình chỉ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Hết hạn</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Chấm dứt</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Thư ý định</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Bản ghi nhớ</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Thỏa thuận hợp tác</translation>
    </message>
    <message>
        <source>Minutes of talks</source>
        <translation>Biên bản hội đàm</translation>
    </message>
    <message>
        <source>Cooperation plan</source>
        <translation>Kế hoạch hợp tác</translation>
    </message>
    <message>
        <source>Friendship relation</source>
        <translation>Quan hệ hữu nghị</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Kết nghĩa</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Văn bản khác</translation>
    </message>
    <message>
        <source>Incoming delegation</source>
        <translation>Đoàn vào</translation>
    </message>
    <message>
        <source>Outgoing delegation</source>
        <translation>Đoàn ra</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Courtesy call</source>
        <translation>Chào xã giao</translation>
    </message>
    <message>
        <source>Working session</source>
        <translation>Làm việc</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Hội đàm</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Ký kết</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Cơ quan chính quyền</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Education / research</source>
        <translation>Giáo dục / nghiên cứu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận, huyện</translation>
    </message>
    <message>
        <source>Other level</source>
        <translation>Cấp khác</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>The database {path} is inside a {service} folder: syncing can damage a database while it is open. Keep it in a local folder (the backups may go to the cloud).</source>
        <translation>Cơ sở dữ liệu {path} nằm trong thư mục {service}: việc đồng bộ có thể làm hỏng cơ sở dữ liệu khi đang mở. Hãy để cơ sở dữ liệu trong một thư mục trên máy (các bản sao lưu có thể để trên đám mây).</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({fstype}), where SQLite&apos;s locking is not safe and two computers can damage it. Keep it on a local disk.</source>
        <translation>Cơ sở dữ liệu {path} nằm trên ổ mạng dùng chung ({fstype}), nơi cơ chế khóa của SQLite không an toàn và hai máy tính có thể làm hỏng dữ liệu. Hãy để cơ sở dữ liệu trên ổ đĩa của máy.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share, where SQLite&apos;s locking is not safe and two computers can damage it. Keep it on a local disk.</source>
        <translation>Cơ sở dữ liệu {path} nằm trên ổ mạng dùng chung, nơi cơ chế khóa của SQLite không an toàn và hai máy tính có thể làm hỏng dữ liệu. Hãy để cơ sở dữ liệu trên ổ đĩa của máy.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hptracker main window</source>
        <translation>Cửa sổ chính hptracker</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn bản hợp tác</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>Kiến nghị &amp;mới…</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Kiến nghị mới</translation>
    </message>
    <message>
        <source>&amp;Log a meeting…</source>
        <translation>&amp;Ghi buổi làm việc…</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Ghi buổi làm việc</translation>
    </message>
    <message>
        <source>New &amp;partner…</source>
        <translation>Đối tác mớ&amp;i…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>&amp;Văn bản hợp tác mới…</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Văn bản hợp tác mới</translation>
    </message>
    <message>
        <source>&amp;Facts…</source>
        <translation>Số liệ&amp;u…</translation>
    </message>
    <message>
        <source>Facts and figures for briefs</source>
        <translation>Số liệu phục vụ tài liệu buổi làm việc</translation>
    </message>
    <message>
        <source>&amp;Open / edit…</source>
        <translation>&amp;Mở / sửa…</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Mở bản ghi đang chọn</translation>
    </message>
    <message>
        <source>&amp;Record progress</source>
        <translation>&amp;Cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Record progress on the selected follow-up</source>
        <translation>Cập nhật tiến độ kiến nghị đang chọn</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Xóa…</translation>
    </message>
    <message>
        <source>Delete the selected records</source>
        <translation>Xóa các bản ghi đang chọn</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Restore the selected deleted records</source>
        <translation>Khôi phục các bản ghi đã xóa đang chọn</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất Excel…</translation>
    </message>
    <message>
        <source>Export the follow-ups shown</source>
        <translation>Xuất các kiến nghị đang hiển thị</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>Tài liệu &amp;buổi làm việc…</translation>
    </message>
    <message>
        <source>Meeting brief for the selected partner</source>
        <translation>Tài liệu phục vụ buổi làm việc với đối tác đang chọn</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Sao lưu cơ sở dữ liệu ngay</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Khôi phục từ &amp;bản sao lưu…</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Khôi phục cơ sở dữ liệu từ một bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Kiểm tra cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Periodic &amp;report…</source>
        <translation>Báo cáo định &amp;kỳ…</translation>
    </message>
    <message>
        <source>Periodic report of a period (.xlsx or PDF)</source>
        <translation>Báo cáo định kỳ của một kỳ (.xlsx hoặc PDF)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Undo my last change</source>
        <translation>Hoàn tác thay đổi gần nhất của tôi</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Phím tắt…</translation>
    </message>
    <message>
        <source>The keyboard shortcuts of the window and the forms</source>
        <translation>Các phím tắt của cửa sổ và biểu mẫu</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Export the partners shown</source>
        <translation>Xuất Excel các đối tác đang hiển thị</translation>
    </message>
    <message>
        <source>Export the meetings shown</source>
        <translation>Xuất Excel các buổi làm việc đang hiển thị</translation>
    </message>
    <message>
        <source>Export the agreements shown</source>
        <translation>Xuất Excel các văn bản hợp tác đang hiển thị</translation>
    </message>
    <message>
        <source>hptracker — {where} — {officer}</source>
        <translation>hptracker — {where} — {officer}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>This record is deleted: restore it first to change it.</source>
        <translation>Bản ghi này đã bị xóa: hãy khôi phục trước khi sửa.</translation>
    </message>
    <message>
        <source>Progress recorded.</source>
        <translation>Đã cập nhật tiến độ.</translation>
    </message>
    <message>
        <source>follow-up(s)</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>partner(s)</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <source>meeting(s)</source>
        <translation>buổi làm việc</translation>
    </message>
    <message>
        <source>agreement(s)</source>
        <translation>văn bản hợp tác</translation>
    </message>
    <message>
        <source>Delete {n} {what}? You can restore them later with “Show deleted”.</source>
        <translation>Xóa {n} {what}? Có thể khôi phục lại sau bằng “Hiện bản ghi đã xóa”.</translation>
    </message>
    <message>
        <source>Deleted {n}.</source>
        <translation>Đã xóa {n}.</translation>
    </message>
    <message>
        <source>Restored {n}.</source>
        <translation>Đã khôi phục {n}.</translation>
    </message>
    <message>
        <source>Select a partner, meeting, agreement or follow-up first.</source>
        <translation>Hãy chọn một đối tác, buổi làm việc, văn bản hợp tác hoặc kiến nghị trước.</translation>
    </message>
    <message>
        <source>Progress typed on the Follow-ups page</source>
        <translation>Tiến độ đã nhập ở trang Kiến nghị</translation>
    </message>
    <message>
        <source>Open the window on {target} now? This window closes; hptracker opens that database from now on.</source>
        <translation>Mở cửa sổ trên {target} ngay bây giờ? Cửa sổ này sẽ đóng lại; từ nay hptracker mở cơ sở dữ liệu đó.</translation>
    </message>
    <message>
        <source>hptracker opens {target} when it starts next.</source>
        <translation>hptracker sẽ mở {target} vào lần khởi động tới.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Edit meeting #{id}</source>
        <translation>Sửa buổi làm việc #{id}</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Ghi buổi làm việc</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Ngà&amp;y:</translation>
    </message>
    <message>
        <source>hh:mm (optional)</source>
        <translation>hh:mm (không bắt buộc)</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Giờ:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Đối tá&amp;c:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Loại hình:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>&amp;Host unit:</source>
        <translation>Đơn vị chủ t&amp;rì:</translation>
    </message>
    <message>
        <source>name, position</source>
        <translation>họ tên, chức vụ</translation>
    </message>
    <message>
        <source>&amp;Our lead:</source>
        <translation>Lãnh đạo &amp;phía ta:</translation>
    </message>
    <message>
        <source>in the original script</source>
        <translation>bằng chữ gốc</translation>
    </message>
    <message>
        <source>Partner&apos;s h&amp;ead:</source>
        <translation>Trưởng đoàn &amp;bạn:</translation>
    </message>
    <message>
        <source>romanised, with position</source>
        <translation>phiên âm, kèm chức vụ</translation>
    </message>
    <message>
        <source>Head (roma&amp;nised):</source>
        <translation>Trưởng đoàn (phiên â&amp;m):</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Thành phần tham &amp;dự:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Tóm tắt nội d&amp;ung:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Nguồn:</translation>
    </message>
    <message>
        <source>Agreements signed at this meeting</source>
        <translation>Văn bản hợp tác ký tại buổi làm việc này</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>Thêm &amp;văn bản hợp tác…</translation>
    </message>
    <message>
        <source>Follow-ups raised at this meeting</source>
        <translation>Kiến nghị nêu tại buổi làm việc này</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>Thêm &amp;kiến nghị…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Choose at least one partner.</source>
        <translation>Hãy chọn ít nhất một đối tác.</translation>
    </message>
    <message>
        <source>Nothing was saved: {message}</source>
        <translation>Chưa lưu gì: {message}</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Our lead</source>
        <translation>Lãnh đạo phía ta</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn bản hợp tác</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Brief on {partner}</source>
        <translation>Tài liệu làm việc với {partner}</translation>
    </message>
    <message>
        <source>Your own notes for this meeting (optional); they are printed under the suggested talking points.</source>
        <translation>Ghi chú riêng của cán bộ cho buổi làm việc này (không bắt buộc); ghi chú được in dưới phần gợi ý nội dung trao đổi.</translation>
    </message>
    <message>
        <source>Officer notes</source>
        <translation>Ghi chú của cán bộ</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Preview the brief (Ctrl+Enter)</source>
        <translation>Xem trước tài liệu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>Close the notification</source>
        <translation>Đóng thông báo</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Welcome to hptracker</source>
        <translation>Chào mừng đến với hptracker</translation>
    </message>
    <message>
        <source>Every change is recorded with the name of the officer who made it. Please type your name.</source>
        <translation>Mọi thay đổi đều được ghi lại kèm tên cán bộ thực hiện. Vui lòng nhập họ tên của bạn.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Họ tên của bạn</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hoa</source>
        <translation>ví dụ: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Your name is required.</source>
        <translation>Chưa nhập họ tên.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Edit partner #{id}</source>
        <translation>Sửa đối tác #{id}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Đối tác mới</translation>
    </message>
    <message>
        <source>official Vietnamese form, e.g. Huyện Thượng Ngu</source>
        <translation>tên chính thức bằng tiếng Việt, ví dụ: Huyện Thượng Ngu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>Nati&amp;ve name:</source>
        <translation>Tên &amp;nguyên ngữ:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>Tên &amp;gọi khác:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Quốc gia (mã ISO):</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>T&amp;rực thuộc:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Mức quan hệ:</translation>
    </message>
    <message>
        <source>Relationship &amp;since (year):</source>
        <translation>Năm &amp;bắt đầu quan hệ:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Đầu mối liên hệ</translation>
    </message>
    <message>
        <source>Contacts of this partner</source>
        <translation>Đầu mối liên hệ của đối tác này</translation>
    </message>
    <message>
        <source>A&amp;dd contact…</source>
        <translation>Thêm đầ&amp;u mối…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Ed&amp;it contact…</source>
        <translation>&amp;Sửa đầu mối…</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>&amp;Xóa đầu mối</translation>
    </message>
    <message>
        <source>&amp;Facts…</source>
        <translation>&amp;Dữ liệu, số liệu…</translation>
    </message>
    <message>
        <source>Facts and figures about this partner</source>
        <translation>Số liệu về đối tác này</translation>
    </message>
    <message>
        <source>Save the partner first, then add its contacts and facts.</source>
        <translation>Hãy lưu đối tác trước, sau đó thêm đầu mối liên hệ và số liệu.</translation>
    </message>
    <message>
        <source>Remove the contact “{name}” from this partner?</source>
        <translation>Xóa đầu mối “{name}” khỏi đối tác này?</translation>
    </message>
    <message>
        <source>A partner cannot be part of itself.</source>
        <translation>Đối tác không thể trực thuộc chính nó.</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>type any name or alias: Thượng Ngu, Shangyu, 上虞…</source>
        <translation>gõ tên hoặc tên gọi khác: Thượng Ngu, Shangyu, 上虞…</translation>
    </message>
    <message>
        <source>No single partner matches “{text}”; pick one from the list.</source>
        <translation>Không xác định được một đối tác duy nhất khớp với “{text}”; hãy chọn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Tên nguyên ngữ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Trực thuộc</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Kiến nghị đang mở</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Tên gọi khác</translation>
    </message>
    <message>
        <source>{level} since {year}</source>
        <translation>{level} từ năm {year}</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <source>Without a desktop, use the command line (hptracker --help), e.g. hptracker list followups or hptracker export status.xlsx; make screenshots draws the window into PNG files.</source>
        <translation>Khi không có màn hình đồ họa, hãy dùng dòng lệnh (hptracker --help), ví dụ hptracker list followups hoặc hptracker export status.xlsx; lệnh make screenshots vẽ cửa sổ ra các tệp PNG.</translation>
    </message>
    <message>
        <source>hptracker: Qt cannot open a window because some system libraries are missing. Install them with:
    {line}</source>
        <translation>hptracker: Qt không mở được cửa sổ vì thiếu một số thư viện hệ thống. Hãy cài đặt bằng lệnh:
    {line}</translation>
    </message>
    <message>
        <source>hptracker: the window needs a desktop session (a graphical login, or X11 forwarding with ssh -X); none was found here (DISPLAY is not set).</source>
        <translation>hptracker: cửa sổ chương trình cần một phiên làm việc đồ họa (đăng nhập vào màn hình đồ họa, hoặc chuyển tiếp X11 bằng ssh -X); ở đây không có (biến DISPLAY chưa được đặt).</translation>
    </message>
    <message>
        <source>Install the missing libraries with:
    {line}</source>
        <translation>Hãy cài đặt các thư viện còn thiếu bằng lệnh:
    {line}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Trang {page}/{total}</translation>
    </message>
    <message>
        <source>The printer or PDF file cannot be opened for painting.</source>
        <translation>Không mở được máy in hoặc tệp PDF để in.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Máy in từ chối sang trang mới.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> và {n} ký tự khác</translation>
    </message>
    <message>
        <source>No installed font can draw these characters; they would print as empty boxes: {chars}.</source>
        <translation>Không phông chữ nào trên máy hiển thị được các ký tự sau; khi in chúng sẽ thành ô trống: {chars}.</translation>
    </message>
    <message>
        <source>Install a Chinese/Japanese/Korean font: on Debian or Ubuntu run “sudo apt-get install fonts-noto-cjk”; Windows and macOS include CJK fonts.</source>
        <translation>Hãy cài phông chữ Trung/Nhật/Hàn: trên Debian hoặc Ubuntu chạy “sudo apt-get install fonts-noto-cjk”; Windows và macOS đã có sẵn phông CJK.</translation>
    </message>
    <message>
        <source>Install a font that covers them (on Debian or Ubuntu: “sudo apt-get install fonts-noto”), or correct the text.</source>
        <translation>Hãy cài phông chữ có các ký tự này (trên Debian hoặc Ubuntu: “sudo apt-get install fonts-noto”), hoặc sửa lại nội dung.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tên tệ&amp;p:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế tệp này không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Cao:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang ngược</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc ngược</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Số trang trên &amp;một tờ:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp...</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Phạm vi trang không hợp lệ</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem toàn bộ các trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Từ trang</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nhập các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; khoảng trang là hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Nhóm trang:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Th&amp;uộc tính</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Tệp xuất ra:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressBar</name>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Đầu</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Cuối</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: {reason} You can search, export and print briefs; changes are switched off.</source>
        <translation>Chỉ xem: {reason} Đồng chí vẫn tìm kiếm, xuất báo cáo và in tài liệu phục vụ buổi làm việc được; chức năng sửa đổi đã tắt.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Cơ sở dữ liệu chỉ xem</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn bản hợp tác</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Đầu mối</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm kiến nghị</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Show &amp;deleted</source>
        <translation>Hiện bản ghi đã xó&amp;a</translation>
    </message>
    <message>
        <source>Deleted records can be restored from here.</source>
        <translation>Có thể khôi phục các bản ghi đã xóa từ đây.</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>Tìm thấy {n}</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Search partners by any name or alias (Ctrl+F)</source>
        <translation>Tìm đối tác theo tên hoặc tên gọi khác (Ctrl+F)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Search meetings: title, place, people, partner names (Ctrl+F)</source>
        <translation>Tìm buổi làm việc: tiêu đề, địa điểm, người tham dự, tên đối tác (Ctrl+F)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn bản hợp tác</translation>
    </message>
    <message>
        <source>Search agreements: title, reference, partner names (Ctrl+F)</source>
        <translation>Tìm văn bản hợp tác: tiêu đề, số hiệu, tên đối tác (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{soon} due in the next {days} days, {overdue} newly overdue, {expiring} agreements expiring within 6 months.</source>
        <translation>{soon} kiến nghị đến hạn trong {days} ngày tới, {overdue} kiến nghị mới quá hạn, {expiring} văn bản hết hiệu lực trong 6 tháng tới.</translation>
    </message>
    <message>
        <source>Reminders — {date}</source>
        <translation>Nhắc việc — {date}</translation>
    </message>
    <message>
        <source>Due in the next {days} days ({n})</source>
        <translation>Đến hạn trong {days} ngày tới ({n})</translation>
    </message>
    <message>
        <source>Overdue since {date} ({n})</source>
        <translation>Quá hạn kể từ {date} ({n})</translation>
    </message>
    <message>
        <source>Agreements expiring within 6 months ({n})</source>
        <translation>Văn bản hợp tác hết hiệu lực trong 6 tháng tới ({n})</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>hạn {due}</translation>
    </message>
    <message>
        <source>was due {due}</source>
        <translation>hạn {due}</translation>
    </message>
    <message>
        <source>expires {date}</source>
        <translation>hết hiệu lực {date}</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Không có mục nào.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… và {n} mục khác</translation>
    </message>
    <message>
        <source>Double-click an item to open it. How many days ahead to look is set in Settings.</source>
        <translation>Nhấp đúp vào một mục để mở. Số ngày nhắc trước được đặt trong Cài đặt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>hptracker reminders</source>
        <translation>hptracker nhắc việc</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <source>Remind me of follow-ups due within</source>
        <translation>Nhắc các kiến nghị đến hạn trong vòng</translation>
    </message>
    <message>
        <source>Days ahead for reminders</source>
        <translation>Số ngày nhắc trước</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report on the follow-ups of foreign-affairs work</source>
        <translation>Báo cáo tình hình thực hiện kiến nghị, nhiệm vụ đối ngoại</translation>
    </message>
    <message>
        <source>Reporting period: from {start} to {cutoff}</source>
        <translation>Kỳ báo cáo: từ ngày {start} đến ngày {cutoff}</translation>
    </message>
    <message>
        <source>Data cut-off date: {cutoff} (figures as the progress log stood on that day)</source>
        <translation>Thời điểm lấy số liệu: ngày {cutoff} (số liệu theo nhật ký tiến độ tại ngày đó)</translation>
    </message>
    <message>
        <source>Made on {date} by {officer}</source>
        <translation>Lập {date}, người lập: {officer}</translation>
    </message>
    <message>
        <source>Overdue at the cut-off date</source>
        <translation>Quá hạn tại thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>Done late during the period</source>
        <translation>Hoàn thành quá hạn trong kỳ</translation>
    </message>
    <message>
        <source>Done on time during the period</source>
        <translation>Hoàn thành đúng hạn trong kỳ</translation>
    </message>
    <message>
        <source>Dropped during the period</source>
        <translation>Không thực hiện (dừng) trong kỳ</translation>
    </message>
    <message>
        <source>Open within the deadline at the cut-off date</source>
        <translation>Đang thực hiện trong hạn tại thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>Periodic report {start} to {cutoff}</source>
        <translation>Báo cáo định kỳ {start} đến {cutoff}</translation>
    </message>
    <message>
        <source>Periodic report {start} – {cutoff}</source>
        <translation>Báo cáo định kỳ {start} – {cutoff}</translation>
    </message>
    <message>
        <source>Data as of {cutoff}</source>
        <translation>Số liệu đến ngày {cutoff}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>On-time rate = done on time / (done on time + done late + overdue).</source>
        <translation>Tỷ lệ đúng hạn = hoàn thành đúng hạn / (hoàn thành đúng hạn + hoàn thành quá hạn + quá hạn).</translation>
    </message>
    <message>
        <source>In scope: raised on or before the cut-off date, not deleted, and not done or dropped before the period began; carried over = raised before the period, new = raised during it.</source>
        <translation>Tổng số trong kỳ: kiến nghị nêu đến hết thời điểm lấy số liệu, chưa bị xóa, chưa hoàn thành hoặc dừng trước đầu kỳ; kỳ trước chuyển sang = nêu trước đầu kỳ, phát sinh trong kỳ = nêu trong kỳ.</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Số liệu tổng hợp</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Số kiến nghị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>No follow-up is in scope for this period.</source>
        <translation>Không có kiến nghị nào trong kỳ này.</translation>
    </message>
    <message>
        <source>Figures by unit</source>
        <translation>Số liệu theo đơn vị</translation>
    </message>
    <message>
        <source>… and {n} more: the complete list is in the Excel report.</source>
        <translation>… và {n} kiến nghị khác: danh sách đầy đủ có trong báo cáo Excel.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Dropped on</source>
        <translation>Ngày dừng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>quá hạn {n} ngày</translation>
    </message>
    <message>
        <source>The follow-ups behind the figures</source>
        <translation>Danh sách kiến nghị theo từng chỉ tiêu</translation>
    </message>
    <message>
        <source>Changes during the period</source>
        <translation>Những thay đổi trong kỳ</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Thành</translation>
    </message>
    <message>
        <source>PERIODIC REPORT</source>
        <translation>BÁO CÁO ĐỊNH KỲ</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Đã hủy lập báo cáo; không tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Periodic report written to {path}.</source>
        <translation>Đã ghi báo cáo định kỳ vào {path}.</translation>
    </message>
    <message>
        <source>{n} characters that a spreadsheet cannot hold were replaced with �.</source>
        <translation>{n} ký tự mà bảng tính không lưu được đã được thay bằng �.</translation>
    </message>
    <message>
        <source>{n} notes too long for one cell were shortened (marked in the cell).</source>
        <translation>{n} ghi chú quá dài so với một ô đã được rút gọn (có ghi rõ trong ô).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Đang trong hạn</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Phát sinh trong kỳ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Thay đổi trạng thái</translation>
    </message>
    <message>
        <source>Due dates moved</source>
        <translation>Điều chỉnh thời hạn</translation>
    </message>
    <message>
        <source> … [shortened: the whole text is in the follow-up&apos;s history in hptracker]</source>
        <translation> … [đã rút gọn: toàn văn có trong lịch sử của kiến nghị trên hptracker]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Status at the cut-off date</source>
        <translation>Trạng thái tại thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>Done or dropped on</source>
        <translation>Ngày hoàn thành hoặc dừng</translation>
    </message>
    <message>
        <source>Carried over or new</source>
        <translation>Kỳ trước chuyển sang hay phát sinh</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Each figure is read from the progress log as it stood on the cut-off date: work recorded later does not change this report.</source>
        <translation>Mọi số liệu lấy theo nhật ký tiến độ tại thời điểm lấy số liệu: cập nhật ghi nhận sau ngày đó không làm thay đổi báo cáo này.</translation>
    </message>
    <message>
        <source>Follow-ups in scope by outcome at the cut-off date</source>
        <translation>Kết quả thực hiện kiến nghị tại thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>Outcomes by unit at the cut-off date</source>
        <translation>Kết quả thực hiện theo đơn vị tại thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>On-time rate by unit</source>
        <translation>Tỷ lệ đúng hạn theo đơn vị</translation>
    </message>
    <message>
        <source>New follow-ups</source>
        <translation>Kiến nghị phát sinh trong kỳ</translation>
    </message>
</context>
<context>
    <name>ReportUi</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the periodic report</source>
        <translation>Lưu báo cáo định kỳ</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Báo cáo định kỳ</translation>
    </message>
    <message>
        <source>The report states its period and its data cut-off date (the last day of the period). Its figures are read from the progress log as it stood on that day.</source>
        <translation>Báo cáo ghi rõ kỳ báo cáo và thời điểm lấy số liệu (ngày cuối kỳ). Số liệu lấy theo nhật ký tiến độ tại ngày đó.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;To (data cut-off date):</source>
        <translation>Đế&amp;n ngày (thời điểm lấy số liệu):</translation>
    </message>
    <message>
        <source>Excel workbook with charts (.xlsx)</source>
        <translation>Bảng tính Excel có biểu đồ (.xlsx)</translation>
    </message>
    <message>
        <source>PDF for printing (A4)</source>
        <translation>PDF để in (khổ A4)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Periodic report {start} – {cutoff} saved to {path} ({pages} pages).</source>
        <translation>Đã lưu báo cáo định kỳ {start} – {cutoff} vào {path} ({pages} trang).</translation>
    </message>
    <message>
        <source>Writing the periodic report {start} – {cutoff} to {name}…</source>
        <translation>Đang lập báo cáo định kỳ {start} – {cutoff} vào {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>The report failed because of an unexpected error: {error}</source>
        <translation>Không lập được báo cáo do một lỗi ngoài dự kiến: {error}</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Đã hủy lập báo cáo; không tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The current database is kept as a dated copy first, so a restore can itself be undone.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Cơ sở dữ liệu hiện tại được giữ lại thành một bản sao có ghi ngày trước khi khôi phục, nên có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn bản hợp tác</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>index</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>khung nhìn</translation>
    </message>
    <message>
        <source>an extra {kind} {name}</source>
        <translation>thừa {kind} {name}</translation>
    </message>
    <message>
        <source>no {kind} {name}</source>
        <translation>thiếu {kind} {name}</translation>
    </message>
    <message>
        <source>a different {kind} {name}</source>
        <translation>{kind} {name} bị thay đổi</translation>
    </message>
</context>
<context>
    <name>SearchEdit</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>You</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Tên cán bộ</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>Tên cán &amp;bộ:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Save settin&amp;gs</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <source>Our units (hosts of meetings, owners of follow-ups)</source>
        <translation>Đơn vị chủ trì (chủ trì buổi làm việc, phụ trách kiến nghị)</translation>
    </message>
    <message>
        <source>Our units</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>name, e.g. Ban Quản lý Khu kinh tế Hải Phòng</source>
        <translation>tên, ví dụ: Ban Quản lý Khu kinh tế Hải Phòng</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>abbreviation, e.g. HEZA</source>
        <translation>tên viết tắt, ví dụ: HEZA</translation>
    </message>
    <message>
        <source>&amp;Add unit</source>
        <translation>Thê&amp;m đơn vị</translation>
    </message>
    <message>
        <source>Rena&amp;me selected</source>
        <translation>Đổ&amp;i tên đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Succeeded &amp;by:</source>
        <translation>Đơn vị &amp;kế thừa:</translation>
    </message>
    <message>
        <source>Succeeded by</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
    <message>
        <source>The unit that continues the selected unit&apos;s work, e.g. after a merger</source>
        <translation>Đơn vị tiếp nhận công việc của đơn vị đang chọn, ví dụ sau khi sáp nhập</translation>
    </message>
    <message>
        <source>Save su&amp;ccessor</source>
        <translation>Lưu đơn vị kế thừ&amp;a</translation>
    </message>
    <message>
        <source>Meetings and follow-ups stay under the unit they were recorded with; after a merger, point the old unit to the one that continues its work.</source>
        <translation>Các buổi làm việc và kiến nghị vẫn thuộc đơn vị đã ghi nhận; sau khi sáp nhập, hãy chỉ đơn vị cũ tới đơn vị tiếp nhận công việc.</translation>
    </message>
    <message>
        <source>{unit} → {successor}</source>
        <translation>{unit} → {successor}</translation>
    </message>
    <message>
        <source>Succeeded by {successor}</source>
        <translation>Đơn vị kế thừa: {successor}</translation>
    </message>
    <message>
        <source>Succeeded by {successor}; the current unit is {current}</source>
        <translation>Đơn vị kế thừa: {successor}; đơn vị hiện nay là {current}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>{unit} (deleted)</source>
        <translation>{unit} (đã xóa)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>{unit} cannot be succeeded by {successor}: the succession would go round in a circle ({chain}) and no unit would be the current one. Nothing was changed.</source>
        <translation>Không thể đặt {successor} kế thừa {unit}: việc kế thừa sẽ thành vòng tròn ({chain}) và không còn đơn vị nào là đơn vị hiện nay. Chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>In a form: go to a field</source>
        <translation>Trong biểu mẫu: chuyển đến một ô</translation>
    </message>
    <message>
        <source>Alt+the underlined letter</source>
        <translation>Alt + chữ cái được gạch chân</translation>
    </message>
    <message>
        <source>In a search box: go to the results</source>
        <translation>Trong ô tìm kiếm: chuyển xuống danh sách kết quả</translation>
    </message>
    <message>
        <source>In a date: pick it on a calendar</source>
        <translation>Trong ô ngày: chọn ngày trên lịch</translation>
    </message>
    <message>
        <source>In a drop-down list: open it, choose with Enter</source>
        <translation>Trong danh sách chọn: mở danh sách, chọn bằng Enter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Every shortcut works wherever the cursor is in the window, a search box included.</source>
        <translation>Mọi phím tắt đều dùng được ở bất kỳ vị trí con trỏ nào trong cửa sổ, kể cả trong ô tìm kiếm.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>The damaged file will be kept as a copy in the backups folder.</source>
        <translation>Tệp bị hỏng sẽ được giữ lại thành một bản sao trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Restore newest backup ({moment})</source>
        <translation>Khôi phục bản sao lưu mới nhất ({moment})</translation>
    </message>
    <message>
        <source>This database: {current}.
The newest backup ({moment}): {kept}.
Restoring replaces this database with the backup; this database is then kept as a dated copy in the backups folder.</source>
        <translation>Cơ sở dữ liệu này: {current}.
Bản sao lưu mới nhất ({moment}): {kept}.
Khôi phục sẽ thay cơ sở dữ liệu này bằng bản sao lưu; cơ sở dữ liệu này khi đó được giữ lại thành một bản sao có ghi ngày trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Keep this database</source>
        <translation>Giữ cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Restore the backup of {moment}…</source>
        <translation>Khôi phục bản sao lưu lúc {moment}…</translation>
    </message>
    <message>
        <source>{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups</source>
        <translation>{partners} đối tác, {meetings} buổi làm việc, {agreements} văn bản hợp tác, {followups} kiến nghị</translation>
    </message>
    <message>
        <source>There is no backup to compare it with.</source>
        <translation>Không có bản sao lưu nào để đối chiếu.</translation>
    </message>
    <message>
        <source>No good backup of it was found.</source>
        <translation>Không tìm thấy bản sao lưu còn tốt nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>Sao lưu tự động không thành công: {reason}</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Quý này</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Quý trước</translation>
    </message>
    <message>
        <source>This half year</source>
        <translation>6 tháng này</translation>
    </message>
    <message>
        <source>Last half year</source>
        <translation>6 tháng trước</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Tự chọn kỳ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Click a number to list the follow-ups behind it.</source>
        <translation>Nhấp vào một con số để xem danh sách kiến nghị tương ứng.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Outcomes by group</source>
        <translation>Kết quả thực hiện theo nhóm</translation>
    </message>
    <message>
        <source>No follow-up is in scope for this period.</source>
        <translation>Không có kiến nghị nào trong kỳ này.</translation>
    </message>
    <message>
        <source>{group}: {figure} {n} — click to list them</source>
        <translation>{group}: {figure} {n} — nhấp để xem danh sách</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Ngày nêu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status at the cut-off date</source>
        <translation>Trạng thái tại thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>Done or dropped on</source>
        <translation>Ngày hoàn thành hoặc dừng</translation>
    </message>
    <message>
        <source>Follow-ups behind the figure</source>
        <translation>Danh sách kiến nghị của chỉ tiêu</translation>
    </message>
    <message>
        <source>Double-click a follow-up to open it.</source>
        <translation>Nhấp đúp vào một kiến nghị để mở.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Cut-off date</source>
        <translation>Thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Từ ngà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;To (cut-off):</source>
        <translation>Đến ngày (lấy số &amp;liệu):</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Nhóm theo</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Nhóm theo:</translation>
    </message>
    <message>
        <source>Perio&amp;dic report…</source>
        <translation>&amp;Báo cáo định kỳ…</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Số liệu theo nhóm</translation>
    </message>
    <message>
        <source>Period {start} – {cutoff}, figures as of the cut-off date {cutoff}</source>
        <translation>Kỳ {start} – {cutoff}, số liệu tính đến ngày {cutoff}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>{n} follow-ups in scope; on-time rate {rate}. Click a number or a bar to list the follow-ups behind it.</source>
        <translation>{n} kiến nghị trong kỳ; tỷ lệ đúng hạn {rate}. Nhấp vào một con số hoặc một thanh để xem danh sách kiến nghị tương ứng.</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>{figure} — {group}, {start} – {cutoff}</source>
        <translation>{figure} — {group}, {start} – {cutoff}</translation>
    </message>
    <message>
        <source>Listing the follow-ups…</source>
        <translation>Đang lập danh sách kiến nghị…</translation>
    </message>
    <message>
        <source>{n} follow-ups listed.</source>
        <translation>Đã liệt kê {n} kiến nghị.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>In scope</source>
        <translation>Tổng số trong kỳ</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Kỳ trước chuyển sang</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Phát sinh trong kỳ</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Không thực hiện</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Open within deadline</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Đối tác</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ theo dõi</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(chưa có đơn vị)</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(chưa có đối tác)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(chưa phân nhóm)</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>(chưa có cán bộ)</translation>
    </message>
    <message>
        <source>A period needs a start date and a cut-off date.</source>
        <translation>Một kỳ cần có ngày bắt đầu và thời điểm lấy số liệu.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after its cut-off date {cutoff}.</source>
        <translation>Kỳ bắt đầu ngày {start}, sau thời điểm lấy số liệu {cutoff}.</translation>
    </message>
    <message>
        <source>The cut-off date {cutoff} is in the future; the figures are known up to today, {today}.</source>
        <translation>Thời điểm lấy số liệu {cutoff} ở tương lai; số liệu chỉ có đến hôm nay, {today}.</translation>
    </message>
    <message>
        <source>Unknown grouping “{by}”; use one of: {known}.</source>
        <translation>Không có cách nhóm “{by}”; hãy dùng một trong: {known}.</translation>
    </message>
    <message>
        <source>Unknown figure “{figure}”.</source>
        <translation>Không có chỉ tiêu “{figure}”.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The file {path} is not an hptracker database or is damaged; it has been left untouched.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu hptracker hoặc đã bị hỏng; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Không đọc được tệp cơ sở dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is incomplete: the file has been cut short. It has been left untouched.</source>
        <translation>Cơ sở dữ liệu {path} không đầy đủ: tệp bị cắt cụt. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>Cơ sở dữ liệu {path} đang bận do một chương trình khác sử dụng; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The database {path} is damaged (SQLite&apos;s check found broken pages). It has been left untouched.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng (SQLite phát hiện trang dữ liệu bị lỗi). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of hptracker (schema {rev}); please update the program. The database has not been changed.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản hptracker mới hơn (lược đồ {rev}); vui lòng cập nhật chương trình. Cơ sở dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>“{url}” is neither a database file nor a database URL hptracker can read.</source>
        <translation>“{url}” không phải là tệp cơ sở dữ liệu cũng không phải địa chỉ URL cơ sở dữ liệu mà hptracker đọc được.</translation>
    </message>
    <message>
        <source>hptracker does not know the kind of database “{kind}” in {url}; use a database file or a postgresql:// URL.</source>
        <translation>hptracker không hỗ trợ loại cơ sở dữ liệu “{kind}” trong {url}; hãy dùng một tệp cơ sở dữ liệu hoặc một địa chỉ postgresql://.</translation>
    </message>
    <message>
        <source>The driver for {url} is not installed ({module}); install it, or use a database file.</source>
        <translation>Chưa cài đặt trình điều khiển cho {url} ({module}); hãy cài đặt trình điều khiển đó, hoặc dùng một tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>hptracker was not closed properly on {path} and the journal file ({wal}) holding its latest changes has since disappeared, so those changes may be lost; the database has been opened as it is.</source>
        <translation>hptracker đã không được đóng đúng cách trên {path} và tệp nhật ký ({wal}) chứa các thay đổi mới nhất đã không còn, nên các thay đổi đó có thể đã bị mất; cơ sở dữ liệu vẫn được mở nguyên trạng.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} là thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written here (the file or its folder is read-only); it may only be read.</source>
        <translation>Không ghi được vào cơ sở dữ liệu {path} tại đây (tệp hoặc thư mục chứa tệp chỉ cho phép đọc); chỉ có thể đọc.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Không có cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {reason}.</source>
        <translation>Không tạo được cơ sở dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is empty although it held records before. It has been left untouched.</source>
        <translation>Cơ sở dữ liệu {path} trống dù trước đó đã có dữ liệu. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The file {path} holds another program&apos;s data (tables: {tables}), not an hptracker database; it has been left untouched.</source>
        <translation>Tệp {path} chứa dữ liệu của một chương trình khác (các bảng: {tables}), không phải cơ sở dữ liệu hptracker; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {path} is open for reading only here; nothing was written.</source>
        <translation>Cơ sở dữ liệu {path} đang được mở chỉ để đọc; chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>The database {path} must first be upgraded to this version of hptracker, which needs to write to it, but the file or its folder is read-only here.</source>
        <translation>Cơ sở dữ liệu {path} cần được nâng cấp lên phiên bản hptracker này trước, việc này phải ghi vào tệp, nhưng tệp hoặc thư mục chứa tệp chỉ cho phép đọc tại đây.</translation>
    </message>
    <message>
        <source>The database {path} has not been set up or upgraded for this version yet; open it once in the window (or run a command that writes, such as `hptracker demo`) first.</source>
        <translation>Cơ sở dữ liệu {path} chưa được khởi tạo hoặc nâng cấp cho phiên bản này; hãy mở nó một lần trong cửa sổ chương trình (hoặc chạy một lệnh có ghi dữ liệu, như `hptracker demo`) trước.</translation>
    </message>
    <message>
        <source>Cannot write to the database {path}: check that the folder exists and is writable.</source>
        <translation>Không ghi được vào cơ sở dữ liệu {path}: hãy kiểm tra thư mục có tồn tại và có quyền ghi không.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved.</source>
        <translation>Ổ đĩa chứa {path} đã đầy; chưa lưu được gì.</translation>
    </message>
    <message>
        <source>The database {path} cannot be used: {reason}.</source>
        <translation>Không sử dụng được cơ sở dữ liệu {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot lock the database {path}: {reason}. Keep the database on a local disk.</source>
        <translation>Không khóa được cơ sở dữ liệu {path}: {reason}. Hãy để cơ sở dữ liệu trên ổ đĩa của máy.</translation>
    </message>
    <message>
        <source>The lock file {path} is a link or not a plain file, so hptracker will not write to it; remove it and try again (the database has not been changed).</source>
        <translation>Tệp khóa {path} là một liên kết hoặc không phải tệp thông thường, nên hptracker sẽ không ghi vào đó; hãy xóa tệp này rồi thử lại (cơ sở dữ liệu không bị thay đổi).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: its folder is not writable ({reason}).</source>
        <translation>Không sử dụng được cơ sở dữ liệu {path}: không có quyền ghi vào thư mục chứa ({reason}).</translation>
    </message>
    <message>
        <source>hptracker is already open on this database (by PID {pid}); close it first. The database has not been changed.</source>
        <translation>hptracker đang mở cơ sở dữ liệu này (tiến trình PID {pid}); hãy đóng chương trình đó trước. Cơ sở dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <source>hptracker is already open on this database in another program; close it first. The database has not been changed.</source>
        <translation>hptracker đang mở cơ sở dữ liệu này trong một chương trình khác; hãy đóng chương trình đó trước. Cơ sở dữ liệu chưa bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>type and press Enter; commas separate</source>
        <translation>gõ rồi nhấn Enter; phân cách bằng dấu phẩy</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>The work stopped because of an unexpected error: {error}</source>
        <translation>Công việc bị dừng do một lỗi không lường trước: {error}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today, {date} — {officer}</source>
        <translation>Hôm nay, {date} — {officer}</translation>
    </message>
    <message>
        <source>Overdue
{n}</source>
        <translation>Quá hạn
{n}</translation>
    </message>
    <message>
        <source>Overdue ({n})</source>
        <translation>Quá hạn ({n})</translation>
    </message>
    <message>
        <source>Due in the next 30 days ({n})</source>
        <translation>Đến hạn trong 30 ngày tới ({n})</translation>
    </message>
    <message>
        <source>Awaiting the partner ({n})</source>
        <translation>Chờ phía bạn ({n})</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>hạn {due}</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>quá hạn {n} ngày</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Không có mục nào.</translation>
    </message>
    <message>
        <source>… and {n} more in Follow-ups</source>
        <translation>… và {n} mục khác trong Kiến nghị</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Tiến độ gần nhất</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>Chưa cập nhật tiến độ.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The two databases do not have the same tables and columns ({tables}); nothing was copied.</source>
        <translation>Hai cơ sở dữ liệu không có cùng các bảng và cột ({tables}); chưa có gì được sao chép.</translation>
    </message>
    <message>
        <source>After copying, the number of rows differs from the source in {tables}; nothing was copied.</source>
        <translation>Sau khi sao chép, số dòng khác với nguồn ở {tables}; chưa có gì được sao chép.</translation>
    </message>
    <message>
        <source>There is no hptracker database at {target}.</source>
        <translation>Không có cơ sở dữ liệu hptracker nào tại {target}.</translation>
    </message>
    <message>
        <source>The database {target} uses an older schema; open it once with this version of hptracker (which upgrades it after a backup), then copy it.</source>
        <translation>Cơ sở dữ liệu {target} dùng lược đồ cũ hơn; hãy mở nó một lần bằng phiên bản hptracker này (chương trình sẽ nâng cấp sau khi sao lưu), rồi mới sao chép.</translation>
    </message>
    <message>
        <source>The database {target} already holds records ({what}); hptracker copies or restores only into an empty database, so nothing was changed.</source>
        <translation>Cơ sở dữ liệu {target} đã có dữ liệu ({what}); hptracker chỉ sao chép hoặc khôi phục vào một cơ sở dữ liệu trống, vì vậy chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The copy of {target} failed its check ({problems}); it was not kept.</source>
        <translation>Bản sao của {target} không qua được bước kiểm tra ({problems}); bản sao đó không được giữ lại.</translation>
    </message>
    <message>
        <source>{path} appeared while the copy was being made; nothing was changed.</source>
        <translation>{path} đã xuất hiện trong lúc đang sao chép; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>{source} and {dest} are the same database; nothing was copied.</source>
        <translation>{source} và {dest} là cùng một cơ sở dữ liệu; chưa có gì được sao chép.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Không có thao tác nào để hoàn tác.</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>đối tác</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>buổi làm việc</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>văn bản hợp tác</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>đầu mối</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>số liệu</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>creation of {record} #{id}</source>
        <translation>việc tạo {record} #{id}</translation>
    </message>
    <message>
        <source>edit of {record} #{id}</source>
        <translation>việc sửa {record} #{id}</translation>
    </message>
    <message>
        <source>progress entry on {record} #{id}</source>
        <translation>mục tiến độ của {record} #{id}</translation>
    </message>
    <message>
        <source>deletion of {record} #{id}</source>
        <translation>việc xoá {record} #{id}</translation>
    </message>
    <message>
        <source>restoring of {record} #{id}</source>
        <translation>việc khôi phục {record} #{id}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Hoàn tác {step}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>Đã hoàn tác: {step}.</translation>
    </message>
</context>
<context>
    <name>UnitItems</name>
    <message>
        <source>{unit} (now {successor})</source>
        <translation>{unit} (nay là {successor})</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation>Chưa nhập {field}.</translation>
    </message>
    <message>
        <source>The officer&apos;s name is required.</source>
        <translation>Chưa nhập tên cán bộ.</translation>
    </message>
    <message>
        <source>{record} #{id} does not exist.</source>
        <translation>{record} #{id} không tồn tại.</translation>
    </message>
    <message>
        <source>Unknown category “{code}”.</source>
        <translation>Không có nhóm kiến nghị “{code}”.</translation>
    </message>
    <message>
        <source>A partner cannot be its own parent, directly or through others.</source>
        <translation>Đối tác không thể trực thuộc chính nó, dù trực tiếp hay gián tiếp.</translation>
    </message>
    <message>
        <source>Only government bodies have a level.</source>
        <translation>Chỉ cơ quan chính quyền mới có cấp hành chính.</translation>
    </message>
    <message>
        <source>No partner matches “{text}”.</source>
        <translation>Không có đối tác nào khớp với “{text}”.</translation>
    </message>
    <message>
        <source>“{text}” matches several partners ({names}); give the ID.</source>
        <translation>“{text}” khớp với nhiều đối tác ({names}); hãy ghi mã đối tác.</translation>
    </message>
    <message>
        <source>A meeting needs at least one partner.</source>
        <translation>Buổi làm việc phải có ít nhất một đối tác.</translation>
    </message>
    <message>
        <source>An agreement needs at least one partner.</source>
        <translation>Văn bản hợp tác phải có ít nhất một đối tác.</translation>
    </message>
    <message>
        <source>A unit cannot succeed itself, directly or through other units.</source>
        <translation>Một đơn vị không thể kế thừa chính mình, trực tiếp hay qua các đơn vị khác.</translation>
    </message>
    <message>
        <source>A partner cannot succeed itself, directly or through other partners.</source>
        <translation>Một đối tác không thể kế thừa chính mình, trực tiếp hay qua các đối tác khác.</translation>
    </message>
    <message>
        <source>An agreement cannot succeed itself, directly or through other agreements.</source>
        <translation>Một văn bản không thể thay thế chính mình, trực tiếp hay qua các văn bản khác.</translation>
    </message>
    <message>
        <source>The expiry date is before the effective date.</source>
        <translation>Ngày hết hạn sớm hơn ngày có hiệu lực.</translation>
    </message>
    <message>
        <source>Due: unknown precision “{value}”.</source>
        <translation>Thời hạn: không rõ kiểu thời hạn “{value}”.</translation>
    </message>
    <message>
        <source>Due: “{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).</source>
        <translation>Thời hạn: “{value}” không phải là thời hạn (dd/mm/yyyy, mm/yyyy, Q3/2024 hoặc 2024).</translation>
    </message>
    <message>
        <source>{contact} is not a contact of this follow-up&apos;s partner.</source>
        <translation>{contact} không phải đầu mối của đối tác của kiến nghị này.</translation>
    </message>
    <message>
        <source>Date: a progress entry cannot be dated in the future.</source>
        <translation>Ngày: không thể ghi tiến độ vào một ngày trong tương lai.</translation>
    </message>
    <message>
        <source>Write a note or choose a new status.</source>
        <translation>Hãy ghi nội dung hoặc chọn trạng thái mới.</translation>
    </message>
    <message>
        <source>{record} #{id} was changed meanwhile; nothing was saved.</source>
        <translation>{record} #{id} đã bị thay đổi trong lúc đó; chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>A fact belongs to a partner or a country, not both.</source>
        <translation>Số liệu gắn với một đối tác hoặc một quốc gia, không gắn với cả hai.</translation>
    </message>
    <message>
        <source>Value is required.</source>
        <translation>Chưa nhập giá trị.</translation>
    </message>
    <message>
        <source>Files: “{path}” is not a regular file but {kind}; attach the document itself.</source>
        <translation>Tệp đính kèm: “{path}” không phải là tệp thông thường mà là {kind}; hãy đính kèm chính văn bản.</translation>
    </message>
    <message>
        <source>Files: a file path is empty.</source>
        <translation>Tệp: đường dẫn tệp đang trống.</translation>
    </message>
    <message>
        <source>Files: cannot read “{path}”: {reason}.</source>
        <translation>Tệp đính kèm: không đọc được “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Files: “{value}” is not a SHA-256 digest.</source>
        <translation>Tệp đính kèm: “{value}” không phải là mã băm SHA-256.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database ({rule}); nothing was saved.</source>
        <translation>Thay đổi vi phạm một ràng buộc của cơ sở dữ liệu ({rule}); chưa lưu gì.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {limit} characters).</source>
        <translation>{field} quá dài (tối đa {limit} ký tự).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (dd/mm/yyyy).</source>
        <translation>{field}: “{value}” không phải là ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a time (hh:mm).</source>
        <translation>{field}: “{value}” không phải là giờ (hh:mm).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a whole number.</source>
        <translation>{field}: “{value}” không phải là số nguyên.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a plausible year.</source>
        <translation>{field}: {value} không phải là năm hợp lệ.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: “{value}” không phải là số.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of: {allowed}.</source>
        <translation>{field}: “{value}” không thuộc các giá trị: {allowed}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a two-letter country code (ISO 3166).</source>
        <translation>{field}: “{value}” không phải là mã quốc gia hai chữ cái (ISO 3166).</translation>
    </message>
    <message>
        <source>Files: “{path}” is not a file path.</source>
        <translation>Tệp đính kèm: “{path}” không phải là đường dẫn tệp.</translation>
    </message>
    <message>
        <source>Files: “{path}” is a link, not a file on this computer.</source>
        <translation>Tệp đính kèm: “{path}” là một liên kết, không phải tệp trên máy tính này.</translation>
    </message>
</context>
</TS>
