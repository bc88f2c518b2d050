<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Inspection</name>
    <message>
        <source>The image ends inside its %1 header.</source>
        <translation>镜像在其 %1 头部内部就结束了。</translation>
    </message>
    <message>
        <source>The image is at once %1 and %2: tools may read it differently, which hides what it holds.</source>
        <extracomment>%1 is a disk format (qcow2), %2 one or more others (iso)</extracomment>
        <translation>该镜像同时是 %1 和 %2：不同工具可能读出不同内容，从而掩盖其真实内容。</translation>
    </message>
    <message>
        <source>The image is declared as %1, but its content is %2.</source>
        <extracomment>%1 is the format the image was declared as (its disk_format), %2 the one found</extracomment>
        <translation>该镜像声明为 %1，但其内容是 %2。</translation>
    </message>
    <message>
        <source>LUKS version %1 is not supported by qemu.</source>
        <translation>qemu 不支持 LUKS 版本 %1。</translation>
    </message>
    <message>
        <source>MBR partition entry %1 has an invalid boot flag.</source>
        <translation>MBR 分区条目 %1 的引导标志无效。</translation>
    </message>
    <message>
        <source>The protective MBR starts at an invalid CHS address.</source>
        <translation>保护性 MBR 的起始 CHS 地址无效。</translation>
    </message>
    <message>
        <source>The protective MBR does not start at sector 1.</source>
        <translation>保护性 MBR 不是从扇区 1 开始的。</translation>
    </message>
    <message>
        <source>The protective MBR defines other partitions besides GPT.</source>
        <translation>保护性 MBR 除 GPT 外还定义了其他分区。</translation>
    </message>
    <message>
        <source>The partition table defines no partition.</source>
        <translation>分区表中没有定义任何分区。</translation>
    </message>
    <message>
        <source>This is a qcow version 1 image, which OpenStack does not accept.</source>
        <translation>这是 qcow 版本 1 的镜像，OpenStack 不接受。</translation>
    </message>
    <message>
        <source>The qcow2 header has version %1; only versions 2 and 3 exist.</source>
        <translation>qcow2 头部的版本为 %1；只存在版本 2 和 3。</translation>
    </message>
    <message>
        <source>The qcow2 header gives clusters of 2^%1 bytes, which qemu refuses.</source>
        <translation>qcow2 头部给出的簇大小为 2^%1 字节，qemu 会拒绝。</translation>
    </message>
    <message>
        <source>The qcow2 header claims a virtual size of %1 bytes, more than qemu can address.</source>
        <translation>qcow2 头部声明的虚拟大小为 %1 字节，超出 qemu 的寻址能力。</translation>
    </message>
    <message>
        <source>The qcow2 header gives an impossible header length.</source>
        <translation>qcow2 头部给出的头部长度不可能成立。</translation>
    </message>
    <message>
        <source>The image keeps its data in an external file: opening it reads another file of the host.</source>
        <translation>该镜像将数据保存在外部文件中：打开它会读取主机上的另一个文件。</translation>
    </message>
    <message>
        <source>The image needs qcow2 features that are not known, so it cannot be checked.</source>
        <translation>该镜像需要未知的 qcow2 特性，因此无法检查。</translation>
    </message>
    <message>
        <source>The image is marked corrupt.</source>
        <translation>该镜像被标记为已损坏。</translation>
    </message>
    <message>
        <source>The image names a backing file: opening it reads another file of the host.</source>
        <translation>该镜像指定了后备文件：打开它会读取主机上的另一个文件。</translation>
    </message>
    <message>
        <source>The backing file name lies outside the qcow2 header.</source>
        <translation>后备文件名位于 qcow2 头部之外。</translation>
    </message>
    <message>
        <source>A qcow2 header extension runs past the first cluster.</source>
        <translation>某个 qcow2 头部扩展超出了第一个簇。</translation>
    </message>
    <message>
        <source>QED images are not accepted by OpenStack.</source>
        <translation>OpenStack 不接受 QED 镜像。</translation>
    </message>
    <message>
        <source>The image is a differencing disk: opening it reads its parent, another file of the host.</source>
        <translation>该镜像是差分磁盘：打开它会读取其父磁盘，即主机上的另一个文件。</translation>
    </message>
    <message>
        <source>The VDI header gives an unknown image type %1.</source>
        <translation>VDI 头部给出了未知的镜像类型 %1。</translation>
    </message>
    <message>
        <source>The VHD footer gives an unknown disk type %1.</source>
        <translation>VHD 尾部给出了未知的磁盘类型 %1。</translation>
    </message>
    <message>
        <source>The VHDX region table is invalid.</source>
        <translation>VHDX 区域表无效。</translation>
    </message>
    <message>
        <source>The VHDX metadata region lies outside its limits.</source>
        <translation>VHDX 元数据区域超出了其界限。</translation>
    </message>
    <message>
        <source>The VHDX image has no metadata region.</source>
        <translation>该 VHDX 镜像没有元数据区域。</translation>
    </message>
    <message>
        <source>A VHDX metadata item lies outside its limits.</source>
        <translation>某个 VHDX 元数据项超出了其界限。</translation>
    </message>
    <message>
        <source>The VHDX metadata table is invalid.</source>
        <translation>VHDX 元数据表无效。</translation>
    </message>
    <message>
        <source>The VHDX metadata lacks the virtual disk size.</source>
        <translation>VHDX 元数据中缺少虚拟磁盘大小。</translation>
    </message>
    <message>
        <source>The VHDX image claims a virtual size of %1 bytes, which qemu refuses.</source>
        <translation>该 VHDX 镜像声明的虚拟大小为 %1 字节，qemu 会拒绝。</translation>
    </message>
    <message>
        <source>The VMDK descriptor is not plain text.</source>
        <translation>VMDK 描述符不是纯文本。</translation>
    </message>
    <message>
        <source>A VMDK extent names a path: opening the image reads another file of the host.</source>
        <translation>某个 VMDK 区段指定了路径：打开该镜像会读取主机上的另一个文件。</translation>
    </message>
    <message>
        <source>The VMDK descriptor has lines that are not understood.</source>
        <translation>VMDK 描述符中有无法理解的行。</translation>
    </message>
    <message>
        <source>The VMDK descriptor has no createType.</source>
        <translation>VMDK 描述符中没有 createType。</translation>
    </message>
    <message>
        <source>The VMDK is of type %1: only monolithicSparse and streamOptimized images are single files.</source>
        <translation>该 VMDK 的类型为 %1：只有 monolithicSparse 和 streamOptimized 镜像是单个文件。</translation>
    </message>
    <message>
        <source>The VMDK descriptor names no extent.</source>
        <translation>VMDK 描述符中没有指定任何区段。</translation>
    </message>
    <message>
        <source>The image names a parent disk: opening it reads another file of the host.</source>
        <translation>该镜像指定了父磁盘：打开它会读取主机上的另一个文件。</translation>
    </message>
    <message>
        <source>The VMDK header has version %1, which qemu refuses.</source>
        <translation>VMDK 头部的版本为 %1，qemu 会拒绝。</translation>
    </message>
    <message>
        <source>The VMDK header claims %1 sectors, an absurd size.</source>
        <translation>VMDK 头部声明有 %1 个扇区，大小不合常理。</translation>
    </message>
    <message>
        <source>The VMDK descriptor lies outside its limits.</source>
        <translation>VMDK 描述符超出了其界限。</translation>
    </message>
    <message>
        <source>The VMDK descriptor file is larger than 1 MiB.</source>
        <translation>VMDK 描述符文件大于 1 MiB。</translation>
    </message>
    <message>
        <source>The file is a VMDK descriptor: its data lies in other files of the host.</source>
        <translation>该文件是 VMDK 描述符：其数据位于主机上的其他文件中。</translation>
    </message>
    <message>
        <source>The streamOptimized VMDK has no footer.</source>
        <translation>该 streamOptimized VMDK 没有尾部。</translation>
    </message>
    <message>
        <source>The VMDK footer marker is invalid.</source>
        <translation>VMDK 尾部标记无效。</translation>
    </message>
    <message>
        <source>The VMDK end-of-stream marker is invalid.</source>
        <translation>VMDK 流结束标记无效。</translation>
    </message>
    <message>
        <source>The VMDK footer disagrees with its header.</source>
        <translation>VMDK 尾部与其头部不一致。</translation>
    </message>
    <message>
        <source>The VMDK descriptor claims %1 sectors, an absurd size.</source>
        <translation>VMDK 描述符声明有 %1 个扇区，大小不合常理。</translation>
    </message>
    <message>
        <source>The %1 header is larger than %2 bytes; it was not inspected.</source>
        <extracomment>%1 is a disk format (qcow2), %2 a number of bytes</extracomment>
        <translation>%1 头部大于 %2 字节；未对其进行检查。</translation>
    </message>
    <message>
        <source>The VHDX metadata lies past the end of the image.</source>
        <translation>VHDX 元数据位于镜像末尾之后。</translation>
    </message>
</context>
<context>
    <name>Skylight::ApiError</name>
    <message>
        <source>The cloud did not accept the credentials: sign in again or check the token.</source>
        <translation>云不接受这些凭据：请重新登录或检查令牌。</translation>
    </message>
    <message>
        <source>The cloud refused access: your role does not allow this request.</source>
        <translation>云拒绝访问：您的角色不允许此请求。</translation>
    </message>
    <message>
        <source>Not found: the image or the endpoint path does not exist.</source>
        <translation>未找到：镜像或端点路径不存在。</translation>
    </message>
    <message>
        <source>The cloud reported a conflict with the current state of the resource.</source>
        <translation>云报告与资源的当前状态存在冲突。</translation>
    </message>
    <message>
        <source>The cloud&apos;s rate or size limit was reached: wait and try again.</source>
        <translation>已达到云的速率或大小限制：请稍候再试。</translation>
    </message>
    <message>
        <source>The cloud had an internal problem (HTTP %1): try again later.</source>
        <translation>云发生内部问题（HTTP %1）：请稍后再试。</translation>
    </message>
    <message>
        <source>The cloud rejected the request (HTTP %1).</source>
        <translation>云拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>请求 %1</translation>
    </message>
    <message>
        <source>retry after %1 s</source>
        <translation>%1 秒后重试</translation>
    </message>
    <message>
        <source>%1 Server said: %2</source>
        <comment>a message, then the server&apos;s own words</comment>
        <translation>%1服务器说：%2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>items of a message&apos;s details</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a message and its details in brackets</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>Skylight::ApiJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>Skylight::AppSettings</name>
    <message>
        <source>The settings file %1 was written by a newer version of Skylight (settings version %2; this one knows up to %3). It is read as far as it is understood, and nothing is saved to it: window layout, folders and unfinished downloads are not kept.</source>
        <translation>设置文件 %1 由更新版本的 Skylight 写入（设置版本 %2；此版本最高支持 %3）。它会在可理解的范围内被读取，但不会保存任何内容：窗口布局、文件夹和未完成的下载都不会保留。</translation>
    </message>
    <message>
        <source>Settings are not saved: a newer Skylight wrote them.</source>
        <translation>不保存设置：它们由更新版本的 Skylight 写入。</translation>
    </message>
</context>
<context>
    <name>Skylight::BrowsingController</name>
    <message>
        <source>Signed out of %1; its secrets are no longer in the keychain.</source>
        <translation>已注销 %1；其凭据已不在密钥环中。</translation>
    </message>
    <message>
        <source>Showing the first %L1 images: the server kept sending pages. The limit is listing/maxImages in Skylight&apos;s settings.</source>
        <translation>显示前 %L1 个镜像：服务器一直在发送更多页面。上限由 Skylight 设置中的 listing/maxImages 决定。</translation>
    </message>
    <message>
        <source>No cloud</source>
        <translation>未选择云</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 / %Ln 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered by the server: %1</source>
        <translation>服务器已筛选：%1</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>last request %1 ms at %2</source>
        <translation>上次请求 %1 毫秒，于 %2</translation>
    </message>
    <message>
        <source>hidden images too</source>
        <translation>包括隐藏镜像</translation>
    </message>
    <message>
        <source>The other images are listed, but the hidden ones could not be: %1</source>
        <translation>其他镜像已列出，但无法列出隐藏的镜像：%1</translation>
    </message>
</context>
<context>
    <name>Skylight::ChipMenu</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Check every value</source>
        <translation>勾选所有值</translation>
    </message>
    <message>
        <source>Uncheck every value: the chip no longer filters</source>
        <translation>取消勾选所有值：此筛选按钮不再筛选</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudConfigError</name>
    <message>
        <source>%1: %2</source>
        <comment>a file, then what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a file, the key in it, then what is wrong</comment>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudConnector</name>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot;.</source>
        <translation>云 %1 的目录中没有接口为“%2”的镜像或计算端点。</translation>
    </message>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot; in region %3.</source>
        <translation>云 %1 的目录中在区域 %3 内没有接口为“%2”的镜像或计算端点。</translation>
    </message>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot; (image regions: %3).</source>
        <translation>云 %1 的目录中没有接口为“%2”的镜像或计算端点（镜像区域：%3）。</translation>
    </message>
    <message>
        <source>The catalog of cloud %1 has no image or compute endpoint of interface &quot;%2&quot; in region %3 (image regions: %4).</source>
        <translation>云 %1 的目录中在区域 %3 内没有接口为“%2”的镜像或计算端点（镜像区域：%4）。</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudController</name>
    <message>
        <source>built-in demo cloud</source>
        <translation>内置演示云</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>created in Skylight</source>
        <translation>在 Skylight 中创建</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudInfoController</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1，位于 %2</translation>
    </message>
    <message>
        <source>No cloud signed in: choose a cloud and sign in to see what its Image API says of itself.</source>
        <translation>未登录任何云：请选择一个云并登录，以查看其镜像 API 对自身的说明。</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudInfoPanel</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Cloud information</source>
        <translation>云信息</translation>
    </message>
    <message>
        <source>Cloud asked</source>
        <translation>所查询的云</translation>
    </message>
    <message>
        <source>Ask the cloud again</source>
        <translation>重新查询云</translation>
    </message>
    <message>
        <source>Ask the cloud again for its stores, import methods and quotas</source>
        <translation>重新向云查询其存储、导入方法和配额</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Import methods</source>
        <translation>导入方法</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cloud &amp;Information</source>
        <translation>云信息(&amp;I)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1：失败</translation>
    </message>
    <message>
        <source>Asking the cloud…</source>
        <translation>正在查询云…</translation>
    </message>
    <message>
        <source>Left out (%1 in all): %2</source>
        <translation>已忽略（共 %1 个）：%2</translation>
    </message>
    <message>
        <source>This cloud lists no stores.</source>
        <translation>此云未列出任何存储。</translation>
    </message>
    <message>
        <source>Upload, then import</source>
        <translation>先上传，再导入</translation>
    </message>
    <message>
        <source>Import from a web address</source>
        <translation>从网址导入</translation>
    </message>
    <message>
        <source>Copy to other stores</source>
        <translation>复制到其他存储</translation>
    </message>
    <message>
        <source>Import from another region&apos;s Image API</source>
        <translation>从其他区域的镜像 API 导入</translation>
    </message>
    <message>
        <source>This cloud takes no image import.</source>
        <translation>此云不接受镜像导入。</translation>
    </message>
    <message>
        <source>%1 quota</source>
        <translation>配额：%1</translation>
    </message>
    <message>
        <source>This cloud sets no quota on images.</source>
        <translation>此云未对镜像设置配额。</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudListModel</name>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Needs a secret to sign in</source>
        <translation>登录需要凭据</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>%1
Dialect: %2
From: %3
%4</source>
        <translation>%1
方言：%2
来源：%3
%4</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>无法访问</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Failed to connect</source>
        <translation>连接失败</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudProfileDialog</name>
    <message>
        <source>Cloud name</source>
        <translation>云名称</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>例如 production</translation>
    </message>
    <message>
        <source>Identity service URL</source>
        <translation>身份服务 URL</translation>
    </message>
    <message>
        <source>Image endpoint</source>
        <translation>镜像端点</translation>
    </message>
    <message>
        <source>optional with an identity service: the catalog has it</source>
        <translation>使用身份服务时可选：目录中已包含</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>User domain</source>
        <translation>用户域</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project domain</source>
        <translation>项目域</translation>
    </message>
    <message>
        <source>Application credential ID</source>
        <translation>应用凭据 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>在系统密钥环中记住凭据</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Keystone v3 password</source>
        <translation>Keystone v3 密码</translation>
    </message>
    <message>
        <source>Keystone v3 application credential</source>
        <translation>Keystone v3 应用凭据</translation>
    </message>
    <message>
        <source>Token (pasted)</source>
        <translation>令牌（粘贴）</translation>
    </message>
    <message>
        <source>Keystone v2.0 password</source>
        <translation>Keystone v2.0 密码</translation>
    </message>
    <message>
        <source>Rackspace API key</source>
        <translation>Rackspace API 密钥</translation>
    </message>
    <message>
        <source>Huawei Cloud IAM password</source>
        <translation>华为云 IAM 密码</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>OpenStack Image API v2 (Glance)</source>
        <translation>OpenStack 镜像 API v2（Glance）</translation>
    </message>
    <message>
        <source>OpenStack Image API v1</source>
        <translation>OpenStack 镜像 API v1</translation>
    </message>
    <message>
        <source>OpenStack Compute API images</source>
        <translation>OpenStack 计算 API 镜像</translation>
    </message>
    <message>
        <source>Rackspace Cloud Servers</source>
        <translation>Rackspace Cloud Servers</translation>
    </message>
    <message>
        <source>Huawei Cloud ECS</source>
        <translation>华为云 ECS</translation>
    </message>
    <message>
        <source>Image API dialect</source>
        <translation>镜像 API 方言</translation>
    </message>
    <message>
        <source>Endpoint interface</source>
        <translation>端点接口</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a CA bundle file</source>
        <translation>选择 CA 证书包文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Identity URL:</source>
        <translation>身份 URL(&amp;I)：</translation>
    </message>
    <message>
        <source>Image &amp;endpoint:</source>
        <translation>镜像端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>方言(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>User domain:</source>
        <translation>用户域：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Project domain:</source>
        <translation>项目域：</translation>
    </message>
    <message>
        <source>Credential ID:</source>
        <translation>凭据 ID：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>接口(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>CA 证书包(&amp;C)：</translation>
    </message>
    <message>
        <source>none: a pasted token needs the image endpoint</source>
        <translation>无：粘贴的令牌需要镜像端点</translation>
    </message>
    <message>
        <source>Give the cloud a name.</source>
        <translation>请为云命名。</translation>
    </message>
    <message>
        <source>Another cloud is already called &quot;%1&quot;.</source>
        <translation>已有另一个名为“%1”的云。</translation>
    </message>
    <message>
        <source>The identity URL must be an http:// or https:// address.</source>
        <translation>身份 URL 必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>The image endpoint must be an http:// or https:// address.</source>
        <translation>镜像端点必须是 http:// 或 https:// 地址。</translation>
    </message>
    <message>
        <source>A pasted token needs the image endpoint (or an identity URL).</source>
        <translation>粘贴的令牌需要镜像端点（或身份 URL）。</translation>
    </message>
    <message>
        <source>Give the identity service URL.</source>
        <translation>请填写身份服务 URL。</translation>
    </message>
    <message>
        <source>Give the application credential ID.</source>
        <translation>请填写应用凭据 ID。</translation>
    </message>
    <message>
        <source>Give the user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>Image service for downloads</source>
        <translation>用于下载的镜像服务</translation>
    </message>
    <message>
        <source>optional, for Compute-family clouds</source>
        <translation>可选，用于计算系列的云</translation>
    </message>
    <message>
        <source>For Compute-family clouds (Compute, Rackspace, Huawei ECS): the image service (Image API v2) their image data is downloaded from, with your token. Empty: only this cloud&apos;s own endpoint and the image services of its catalog get the token.</source>
        <translation>用于计算系列的云（Compute、Rackspace、华为云 ECS）：下载其镜像数据所用的镜像服务（Image API v2），会带上您的令牌。留空：只有此云自己的端点及其目录中的镜像服务会收到令牌。</translation>
    </message>
    <message>
        <source>Image &amp;service:</source>
        <translation>镜像服务(&amp;S)：</translation>
    </message>
    <message>
        <source>The image service must be an http:// or https:// address.</source>
        <translation>镜像服务必须是 http:// 或 https:// 地址。</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudSession</name>
    <message>
        <source>The image service of %1 refuses the token the identity service has just issued; check the profile&apos;s project, region and role assignments.</source>
        <translation>%1 的镜像服务拒绝了身份服务刚签发的令牌；请检查该配置的项目、区域和角色分配。</translation>
    </message>
    <message>
        <source>The token of %1 was refused or has expired; paste a new one.</source>
        <translation>%1 的令牌被拒绝或已过期；请粘贴新的令牌。</translation>
    </message>
    <message>
        <source>identity service</source>
        <translation>身份服务</translation>
    </message>
    <message>
        <source>The password of %1 contains a control character (%2); it is not sent.</source>
        <translation>%1 的密码包含控制字符（%2）；不会发送。</translation>
    </message>
    <message>
        <source>The application credential secret of %1 contains a control character (%2); it is not sent.</source>
        <translation>%1 的应用凭据机密包含控制字符（%2）；不会发送。</translation>
    </message>
    <message>
        <source>The token of %1 contains a control character (%2); it is not sent.</source>
        <translation>%1 的令牌包含控制字符（%2）；不会发送。</translation>
    </message>
    <message>
        <source>The API key of %1 contains a control character (%2); it is not sent.</source>
        <translation>%1 的 API 密钥包含控制字符（%2）；不会发送。</translation>
    </message>
    <message>
        <source>The password kept in the keychain was refused: %1</source>
        <translation>密钥环中保存的密码被拒绝：%1</translation>
    </message>
    <message>
        <source>The application credential secret kept in the keychain was refused: %1</source>
        <translation>密钥环中保存的应用凭据机密被拒绝：%1</translation>
    </message>
    <message>
        <source>The token kept in the keychain was refused: %1</source>
        <translation>密钥环中保存的令牌被拒绝：%1</translation>
    </message>
    <message>
        <source>The API key kept in the keychain was refused: %1</source>
        <translation>密钥环中保存的 API 密钥被拒绝：%1</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudSidebar</name>
    <message>
        <source>&amp;New Cloud…</source>
        <translation>新建云(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Cloud…</source>
        <translation>编辑云(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Forget This Cloud&apos;s Secrets</source>
        <translation>忘记此云的凭据(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Remove Cloud</source>
        <translation>移除云(&amp;R)</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Add a cloud: an identity service or an image endpoint (Ctrl+N)</source>
        <translation>添加云：身份服务或镜像端点（Ctrl+N）</translation>
    </message>
    <message>
        <source>Sign out and remove this cloud&apos;s password, key and token from the system keychain</source>
        <translation>注销，并从系统密钥环中删除此云的密码、密钥和令牌</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>忘记 %1</translation>
    </message>
    <message>
        <source>Sign out of %1 and remove its secrets from the system keychain?</source>
        <translation>注销 %1 并从系统密钥环中删除其凭据？</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove the cloud %1 and its secrets?</source>
        <translation>移除云 %1 及其凭据？</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New Cloud</source>
        <translation>新建云</translation>
    </message>
    <message>
        <source>Read &amp;clouds.yaml…</source>
        <translation>读取 clouds.yaml(&amp;C)…</translation>
    </message>
    <message>
        <source>Read clouds.yaml again from its usual places, or choose a clouds.yaml file</source>
        <translation>从常用位置重新读取 clouds.yaml，或选择一个 clouds.yaml 文件</translation>
    </message>
    <message>
        <source>Read clouds.yaml</source>
        <translation>读取 clouds.yaml</translation>
    </message>
    <message>
        <source>OpenStack client configuration (*.yaml *.yml)</source>
        <translation>OpenStack 客户端配置 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>No new cloud in clouds.yaml or the OS_* variables.</source>
        <translation>clouds.yaml 和 OS_* 变量中没有新的云。</translation>
    </message>
    <message>
        <source>No new cloud in %1.</source>
        <translation>%1 中没有新的云。</translation>
    </message>
</context>
<context>
    <name>Skylight::CloudsConfig</name>
    <message>
        <source>a cloud must be a mapping of settings</source>
        <translation>云必须是设置项的映射</translation>
    </message>
    <message>
        <source>unknown auth_type &quot;%1&quot;: Skylight knows password, v3applicationcredential, token, v2password, rackspace_apikey and huawei</source>
        <translation>未知的 auth_type“%1”：Skylight 支持 password、v3applicationcredential、token、v2password、rackspace_apikey 和 huawei</translation>
    </message>
    <message>
        <source>auth must be a mapping</source>
        <translation>auth 必须是映射</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https URL</source>
        <translation>“%1”不是 http 或 https URL</translation>
    </message>
    <message>
        <source>interface must be public, internal or admin, not &quot;%1&quot;</source>
        <translation>interface 必须是 public、internal 或 admin，而不是“%1”</translation>
    </message>
    <message>
        <source>verify must be true or false</source>
        <translation>verify 必须是 true 或 false</translation>
    </message>
    <message>
        <source>unknown dialect &quot;%1&quot;</source>
        <translation>未知方言“%1”</translation>
    </message>
    <message>
        <source>must be a single value</source>
        <translation>必须是单个值</translation>
    </message>
    <message>
        <source>auth_url is missing: where is the identity service?</source>
        <translation>缺少 auth_url：身份服务在哪里？</translation>
    </message>
    <message>
        <source>username (or user_id) is missing</source>
        <translation>缺少 username（或 user_id）</translation>
    </message>
    <message>
        <source>application_credential_id (or a name with the user) is missing</source>
        <translation>缺少 application_credential_id（或名称及用户）</translation>
    </message>
    <message>
        <source>the file must be a mapping with a &quot;clouds&quot; key</source>
        <translation>文件必须是包含“clouds”键的映射</translation>
    </message>
    <message>
        <source>clouds must be a mapping of cloud names</source>
        <translation>clouds 必须是云名称的映射</translation>
    </message>
    <message>
        <source>regions must be a list of region names (or of mappings with a name)</source>
        <translation>regions 必须是区域名称列表（或带 name 的映射列表）</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>environment (OS_*)</source>
        <comment>where a cloud was read: the OS_ variables</comment>
        <translation>环境变量（OS_*）</translation>
    </message>
</context>
<context>
    <name>Skylight::CompareDialog</name>
    <message>
        <source>&amp;Only differences</source>
        <translation>仅显示差异(&amp;O)</translation>
    </message>
    <message>
        <source>Compare Images</source>
        <translation>比较镜像</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n 个字段不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the differences</source>
        <translation>仅显示差异</translation>
    </message>
</context>
<context>
    <name>Skylight::CompareModel</name>
    <message>
        <source>(absent)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Format inside</source>
        <translation>内部格式</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Virtual size inside</source>
        <translation>内部虚拟大小</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>Skylight::ComputeAdapter</name>
    <message>
        <source>Huawei Cloud ECS paths carry the project: give its id (--project-id, or the profile&apos;s project).</source>
        <translation>华为云 ECS 路径包含项目：请提供其 ID（--project-id，或配置中的项目）。</translation>
    </message>
    <message>
        <source>This cloud offers no download of image %1: its %2 answer names no image service (no alternate link).</source>
        <translation>此云不提供镜像 %1 的下载：其 %2 响应未指明镜像服务（没有 alternate 链接）。</translation>
    </message>
    <message>
        <source>Image %1&apos;s data is served by %2 over plain http, while this cloud is reached over https: Skylight does not send your token unencrypted. If you trust that service, give its https address with --image-endpoint URL (skylight-cli) or in the cloud&apos;s Image service field.</source>
        <translation>镜像 %1 的数据由 %2 通过未加密的 http 提供，而此云是通过 https 访问的：Skylight 不会以未加密方式发送您的令牌。如果您信任该服务，请用 --image-endpoint URL（skylight-cli）或在云的“镜像服务”字段中指定其 https 地址。</translation>
    </message>
    <message>
        <source>Image %1&apos;s data is served by %2, which is neither this cloud&apos;s endpoint nor an image service of its catalog: Skylight does not send your token there. If you trust that service, give it with --image-endpoint URL (skylight-cli) or in the cloud&apos;s Image service field.</source>
        <translation>镜像 %1 的数据由 %2 提供，它既不是此云的端点，也不是其目录中的镜像服务：Skylight 不会把您的令牌发送到那里。如果您信任该服务，请用 --image-endpoint URL（skylight-cli）或在云的“镜像服务”字段中指定它。</translation>
    </message>
    <message>
        <source>Image %1&apos;s data would be fetched from %2 over plain http, while this cloud is reached over https: Skylight does not send your token unencrypted. Give the image service&apos;s https address with --image-endpoint URL or in the cloud&apos;s Image service field.</source>
        <translation>镜像 %1 的数据将通过未加密的 http 从 %2 获取，而此云是通过 https 访问的：Skylight 不会以未加密方式发送您的令牌。请用 --image-endpoint URL 或在云的“镜像服务”字段中指定镜像服务的 https 地址。</translation>
    </message>
</context>
<context>
    <name>Skylight::ComputeParser</name>
    <message>
        <source>the image details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <source>The image details from the server have no &quot;image&quot; object with an &quot;id&quot;.</source>
        <translation>服务器返回的镜像详情中没有带“id”的“image”对象。</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>镜像列表</translation>
    </message>
</context>
<context>
    <name>Skylight::ComputeXmlParser</name>
    <message>
        <source>The server sent an empty response for %1.</source>
        <translation>服务器对%1返回了空响应。</translation>
    </message>
    <message>
        <source>The server sent malformed XML for %1 (%2, line %3).</source>
        <translation>服务器对%1返回了格式错误的 XML（%2，第 %3 行）。</translation>
    </message>
    <message>
        <source>the image details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <source>The XML image details have no &lt;image&gt; element.</source>
        <translation>XML 镜像详情中没有 &lt;image&gt; 元素。</translation>
    </message>
    <message>
        <source>The XML image has no id attribute.</source>
        <translation>XML 镜像没有 id 属性。</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <source>The XML image list has no &lt;images&gt; element.</source>
        <translation>XML 镜像列表中没有 &lt;images&gt; 元素。</translation>
    </message>
    <message>
        <source>The server&apos;s XML nests deeper than %1 levels; refused.</source>
        <translation>服务器的 XML 嵌套超过 %1 层，已拒绝。</translation>
    </message>
</context>
<context>
    <name>Skylight::ContentCheck</name>
    <message>
        <source>The image&apos;s contents could not be recognised as safe.</source>
        <translation>无法确认该镜像的内容是安全的。</translation>
    </message>
    <message>
        <source> </source>
        <comment>between two sentences</comment>
        <translation></translation>
    </message>
    <message>
        <source>The contents of image %1 were refused: %2 Nothing was kept.</source>
        <translation>镜像 %1 的内容被拒绝：%2未保留任何数据。</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>%1, %2 virtual</source>
        <translation>%1，虚拟大小 %2</translation>
    </message>
    <message>
        <source>%1 — safe</source>
        <translation>%1 — 安全</translation>
    </message>
    <message>
        <source>%1 — not the declared %2: %3</source>
        <translation>%1 — 不是声明的 %2：%3</translation>
    </message>
    <message>
        <source>%1 — unsafe: %2</source>
        <translation>%1 — 不安全：%2</translation>
    </message>
</context>
<context>
    <name>Skylight::ContentsRows</name>
    <message>
        <source>safe</source>
        <extracomment>the table&apos;s Contents badge: the image&apos;s data is safe</extracomment>
        <translation>安全</translation>
    </message>
    <message>
        <source>mismatch</source>
        <extracomment>the table&apos;s Contents badge: the data is not the declared disk format</extracomment>
        <translation>不符</translation>
    </message>
    <message>
        <source>unsafe</source>
        <extracomment>the table&apos;s Contents badge: the data has a problem (a backing file...)</extracomment>
        <translation>不安全</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (nothing declared)</source>
        <extracomment>%1 the format found in the image&apos;s data (qcow2)</extracomment>
        <translation>%1（未声明）</translation>
    </message>
    <message>
        <source>%1 — declared %2: mismatch</source>
        <extracomment>%1 the format found in the data (raw), %2 the disk_format the image declares (qcow2)</extracomment>
        <translation>%1 — 声明为 %2：不符</translation>
    </message>
    <message>
        <source>%1 (declared %2)</source>
        <extracomment>%1 the format found in the data, %2 the disk_format the image declares (the same)</extracomment>
        <translation>%1（声明为 %2）</translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Unsafe</source>
        <translation>不安全</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>格式版本</translation>
    </message>
    <message>
        <source>Cluster size</source>
        <translation>簇大小</translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation>后备文件</translation>
    </message>
    <message>
        <source>Backing file format</source>
        <translation>后备文件格式</translation>
    </message>
    <message>
        <source>External data file</source>
        <translation>外部数据文件</translation>
    </message>
    <message>
        <source>Incompatible features</source>
        <translation>不兼容特性</translation>
    </message>
    <message>
        <source>Also reads as</source>
        <translation>也可读作</translation>
    </message>
    <message>
        <source>Partition table</source>
        <translation>分区表</translation>
    </message>
    <message>
        <source>Hybrid partition table</source>
        <translation>混合分区表</translation>
    </message>
    <message>
        <source>VMDK create type</source>
        <translation>VMDK 创建类型</translation>
    </message>
    <message>
        <source>Subformat</source>
        <translation>子格式</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Not inspected — Inspect (Ctrl+Shift+I)</source>
        <translation>未检查 — 检查（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Image &gt; Inspect reads the start of the image&apos;s data on the server and tells what is inside it.</source>
        <translation>“镜像 &gt; 检查”会读取服务器上该镜像数据的开头部分，并显示其中的内容。</translation>
    </message>
    <message>
        <source>Format inside</source>
        <translation>内部格式</translation>
    </message>
    <message>
        <source>%1 — the image record says %2</source>
        <extracomment>%1 the virtual size found in the data, %2 the one the image record gives</extracomment>
        <translation>%1 — 镜像记录中为 %2</translation>
    </message>
    <message>
        <source>Virtual size inside</source>
        <translation>内部虚拟大小</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>%1 is smaller than the virtual size inside (%2)</source>
        <extracomment>%1 the image&apos;s minimum disk (&quot;10 GiB&quot;), %2 its virtual size</extracomment>
        <translation>%1 小于内部的虚拟大小（%2）</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>安全性</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Bytes read</source>
        <translation>已读取字节数</translation>
    </message>
</context>
<context>
    <name>Skylight::CopyAsCommand</name>
    <message>
        <source>Copy as &amp;openstack image show</source>
        <translation>复制为 openstack image show(&amp;O)</translation>
    </message>
    <message>
        <source>Copy as openstack &amp;server create</source>
        <translation>复制为 openstack server create(&amp;S)</translation>
    </message>
    <message>
        <source>Copy as skylight-cli &amp;download</source>
        <translation>复制为 skylight-cli download(&amp;D)</translation>
    </message>
    <message>
        <source>Copy a command that shows each selected image with the OpenStack client</source>
        <translation>复制一条命令，用 OpenStack 客户端显示每个所选镜像</translation>
    </message>
    <message>
        <source>Copy a command that starts a server from each selected image; replace FLAVOR and SERVER_NAME before running it</source>
        <translation>复制一条命令，从每个所选镜像启动一台服务器；运行前请替换 FLAVOR 和 SERVER_NAME</translation>
    </message>
    <message>
        <source>Copy a command that downloads each selected image with skylight-cli</source>
        <translation>复制一条命令，用 skylight-cli 下载每个所选镜像</translation>
    </message>
    <message>
        <source>Copy as Comm&amp;and</source>
        <translation>复制为命令(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n command line(s).</source>
        <translation>
            <numerusform>已复制 %n 条命令行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace FLAVOR and SERVER_NAME before running it.</source>
        <translation>运行前请替换 FLAVOR 和 SERVER_NAME。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) left out: the ID or the cloud&apos;s name or address holds characters that do not belong on a command line.</source>
        <translation>
            <numerusform>已略过 %n 个镜像：其 ID 或云的名称或地址含有不能出现在命令行中的字符。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::DemoCloud</name>
    <message>
        <source>The demo cloud could not listen on %1.</source>
        <translation>演示云无法在 %1 上监听。</translation>
    </message>
</context>
<context>
    <name>Skylight::DialectDetector</name>
    <message>
        <source>Could not tell which image API %1 speaks (no version document found): name it with --api.</source>
        <translation>无法判断 %1 使用哪种镜像 API（未找到版本文档）：请用 --api 指定。</translation>
    </message>
</context>
<context>
    <name>Skylight::DownloadController</name>
    <message>
        <source>Only active images have data to download; %1 is %2.</source>
        <translation>只有处于 active 状态的镜像才有可下载的数据；%1 的状态是 %2。</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>Open the cloud %1 to resume %2.</source>
        <translation>打开云 %1 以继续下载 %2。</translation>
    </message>
    <message>
        <source>Only active images have data to download; the status of %1 is unknown.</source>
        <translation>只有处于 active 状态的镜像才有可下载的数据；%1 的状态未知。</translation>
    </message>
    <message>
        <source>The contents of %1 were refused: %2

Keep the file anyway? Only do so if you trust it: a hypervisor may open other files of the host through it.</source>
        <translation>%1 的内容被拒绝：%2

仍要保留该文件吗？仅在您信任它时才这样做：虚拟机管理程序可能会通过它打开主机上的其他文件。</translation>
    </message>
    <message>
        <source>Unsafe image contents</source>
        <translation>不安全的镜像内容</translation>
    </message>
    <message>
        <source>%1 was not downloaded: its cloud was closed while the file was chosen.</source>
        <translation>%1 未下载：选择文件时其所属的云已关闭。</translation>
    </message>
    <message>
        <source>Downloads running</source>
        <translation>下载进行中</translation>
    </message>
    <message numerus="yes">
        <source>%n download(s) still running. Quit anyway? They stop where they are and resume on the next start, once their cloud is open.</source>
        <translation>
            <numerusform>还有 %n 个下载在进行。仍要退出吗？它们会停在当前位置，下次启动并打开对应的云后继续。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::DownloadFolder</name>
    <message>
        <source>Could not open the folder %1: %2.</source>
        <translation>无法打开文件夹 %1：%2。</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Could not save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <source>Could not save %1: %2 is no longer the file that was downloaded.</source>
        <extracomment>%1 is the final file path, %2 the partial file&apos;s path</extracomment>
        <translation>无法保存 %1：%2 已不再是下载的那个文件。</translation>
    </message>
    <message>
        <source>It is not a plain file name.</source>
        <translation>它不是一个普通的文件名。</translation>
    </message>
    <message>
        <source>Will not use %1. %2</source>
        <extracomment>%1 is a file path, %2 a whole sentence saying what it is (&quot;It is a symbolic link.&quot;)</extracomment>
        <translation>不会使用 %1。%2</translation>
    </message>
    <message>
        <source>It is a symbolic link.</source>
        <translation>它是一个符号链接。</translation>
    </message>
    <message>
        <source>It is a folder.</source>
        <translation>它是一个文件夹。</translation>
    </message>
    <message>
        <source>It is a device or a pipe.</source>
        <translation>它是一个设备或管道。</translation>
    </message>
    <message>
        <source>It belongs to another user.</source>
        <translation>它属于另一个用户。</translation>
    </message>
    <message>
        <source>It does not exist.</source>
        <translation>它不存在。</translation>
    </message>
    <message numerus="yes">
        <source>It has %n hard links.</source>
        <extracomment>%n is a number, at least 2</extracomment>
        <translation>
            <numerusform>它有 %n 个硬链接。</numerusform>
        </translation>
    </message>
    <message>
        <source>It cannot be examined: %1.</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>无法检查它：%1。</translation>
    </message>
    <message>
        <source>Will not replace %1. %2</source>
        <extracomment>%1 is a file path, %2 a whole sentence saying what it is (&quot;It is a symbolic link.&quot;)</extracomment>
        <translation>不会替换 %1。%2</translation>
    </message>
    <message>
        <source>Could not save %1: a file of that name exists.</source>
        <translation>无法保存 %1：已存在同名文件。</translation>
    </message>
</context>
<context>
    <name>Skylight::EntryCheck</name>
    <message>
        <source>entry %1 is not an object</source>
        <translation>第 %1 个条目不是对象</translation>
    </message>
    <message>
        <source>entry %1 has no id</source>
        <translation>第 %1 个条目没有 ID</translation>
    </message>
    <message>
        <source>entry %1 has an id that is not a string</source>
        <translation>第 %1 个条目的 ID 不是字符串</translation>
    </message>
    <message>
        <source>entry %1 has an empty id</source>
        <translation>第 %1 个条目的 ID 为空</translation>
    </message>
    <message>
        <source>entry %1 repeats the id %2 of entry %3</source>
        <translation>第 %1 个条目重复了第 %3 个条目的 ID %2</translation>
    </message>
</context>
<context>
    <name>Skylight::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>详情(&amp;T)…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>服务器要求等待 %n 秒后再重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>Skylight::FileDownloader</name>
    <message>
        <source>Resuming at %1 of %2.</source>
        <translation>从 %1 / %2 处继续。</translation>
    </message>
    <message>
        <source>The partial file is larger than the image; starting again.</source>
        <translation>未完成的文件比镜像还大；重新开始。</translation>
    </message>
    <message>
        <source>The server answered the range request with Content-Range &quot;%1&quot; (the image may have changed); starting again from zero.</source>
        <translation>服务器以 Content-Range“%1”响应范围请求（镜像可能已更改）；从头重新开始。</translation>
    </message>
    <message>
        <source>The server keeps answering range requests wrongly; giving up. </source>
        <translation>服务器一直错误地响应范围请求；放弃。</translation>
    </message>
    <message>
        <source>Cancelled; the partial file is kept for a resume.</source>
        <translation>已取消；未完成的文件已保留，以便继续。</translation>
    </message>
    <message>
        <source>The image %1 has no data (HTTP 204): nothing to download.</source>
        <translation>镜像 %1 没有数据（HTTP 204）：无可下载内容。</translation>
    </message>
    <message>
        <source>The server answered the download with HTTP %1 instead of the image data.</source>
        <translation>服务器对下载返回了 HTTP %1，而不是镜像数据。</translation>
    </message>
    <message>
        <source>The server ended the transfer early: %1 of %2 bytes.</source>
        <translation>服务器提前结束了传输：%1 / %2 字节。</translation>
    </message>
    <message>
        <source>The server sent %1 bytes, more than the image&apos;s %2; nothing was kept.</source>
        <translation>服务器发送了 %1 字节，超过镜像的 %2；未保留任何内容。</translation>
    </message>
    <message>
        <source>not verified (verification turned off)</source>
        <translation>未校验（已关闭校验）</translation>
    </message>
    <message>
        <source>the image&apos;s os_hash_value</source>
        <translation>镜像的 os_hash_value</translation>
    </message>
    <message>
        <source>the image&apos;s checksum</source>
        <translation>镜像的校验和</translation>
    </message>
    <message>
        <source>the Content-MD5 header</source>
        <translation>Content-MD5 头</translation>
    </message>
    <message>
        <source>nothing to verify against: the image has no checksum and the server sent no Content-MD5</source>
        <translation>无可校验依据：镜像没有校验和，服务器也未发送 Content-MD5</translation>
    </message>
    <message>
        <source>The downloaded bytes do not match %1: expected %2 %3, got %4. Nothing was kept.</source>
        <translation>下载的字节与%1不符：应为 %2 %3，实际为 %4。未保留任何内容。</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 与%2一致</translation>
    </message>
    <message>
        <source>This image store does not serve ranges; downloading from the start.</source>
        <translation>此镜像存储不支持按范围读取；从头开始下载。</translation>
    </message>
    <message>
        <source>The server sent more than the %1 bytes it announced for image %2; the download was stopped and nothing was kept.</source>
        <translation>服务器发送的数据超过了它为镜像 %2 声明的 %1 字节；下载已停止，未保留任何内容。</translation>
    </message>
    <message>
        <source>The server keeps sending more of image %1 after each end; giving up.</source>
        <translation>服务器在每次结束后仍不断发送镜像 %1 的更多数据；已放弃。</translation>
    </message>
    <message>
        <source>The server sent no size, no checksum and a chunked answer whose end cannot be confirmed: downloading once more to compare.</source>
        <translation>服务器未提供大小和校验和，且其分块响应的结尾无法确认：将再下载一次以作比较。</translation>
    </message>
    <message>
        <source>Two downloads of image %1 ended at different lengths (%2 and %3 bytes): a connection was cut and the server&apos;s answer does not say where it ends. Nothing was kept; try again.</source>
        <translation>镜像 %1 的两次下载结束时长度不同（%2 和 %3 字节）：有连接被中断，而服务器的响应没有说明在哪里结束。未保留任何内容；请重试。</translation>
    </message>
    <message>
        <source>Could not put the verified file at %1: %2</source>
        <translation>无法将已校验的文件放到 %1：%2</translation>
    </message>
    <message>
        <source>The server asks to wait %1 s before trying again (Retry-After), longer than Skylight waits (%2 s); the partial file is kept. Try again after %3.</source>
        <translation>服务器要求等待 %1 秒后再试（Retry-After），超过了 Skylight 的等待上限（%2 秒）；未完成的文件已保留。请在 %3 之后重试。</translation>
    </message>
    <message>
        <source>Resuming at %1 of an unknown size.</source>
        <translation>从 %1 处继续（总大小未知）。</translation>
    </message>
    <message>
        <source>%1 The partial file is kept: run the download again to resume.</source>
        <translation>%1未完成的文件已保留：再次运行下载即可继续。</translation>
    </message>
    <message>
        <source>%1 Nothing was kept: without a checksum the download cannot resume.</source>
        <translation>%1未保留任何内容：没有校验和，下载无法续传。</translation>
    </message>
    <message>
        <source>Cancelled; the refused file was removed.</source>
        <translation>已取消；被拒绝的文件已删除。</translation>
    </message>
</context>
<context>
    <name>Skylight::FileSink</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Could not write to %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Could not empty %1: %2.</source>
        <translation>无法清空 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Skylight::FilterBar</name>
    <message>
        <source>Filter by name, ID or property value; status:active, tag:… (Ctrl+F)</source>
        <translation>按名称、ID 或属性值筛选；status:active、tag:…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter images</source>
        <translation>筛选镜像</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching image(s)</source>
        <translation>
            <numerusform>%Ln 个匹配的镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Every word must appear in the name, ID or a property value.
key:value matches a field exactly: name, status, visibility, tag, owner,
disk_format, container_format, id, member_status or any property.
Sizes and dates compare with &lt;, &lt;=, &gt;, &gt;=, = and !=: size&gt;1G, size&lt;=500M,
virtual_size&gt;10G, min_disk&gt;=10 (GB), min_ram&lt;512 (MB), created&lt;2024-01-01,
updated&gt;=2025-06-01T12:00 (UTC unless a zone follows: Z, +02:00).
Units K, M, G, T count in 1024s (KiB, MiB, GiB, TiB).
Enter asks the server to filter, where the cloud can (Image API v2).</source>
        <translation>每个词都必须出现在名称、ID 或某个属性值中。
key:value 精确匹配一个字段：name、status、visibility、tag、owner、
disk_format、container_format、id、member_status 或任意属性。
大小和日期可用 &lt;、&lt;=、&gt;、&gt;=、= 和 != 比较：size&gt;1G、size&lt;=500M、
virtual_size&gt;10G、min_disk&gt;=10（GB）、min_ram&lt;512（MB）、created&lt;2024-01-01、
updated&gt;=2025-06-01T12:00（默认为 UTC，除非后跟时区：Z、+02:00）。
单位 K、M、G、T 按 1024 进位（KiB、MiB、GiB、TiB）。
按回车键让服务器筛选（在云支持的情况下，Image API v2）。</translation>
    </message>
    <message>
        <source>A term is left out</source>
        <translation>有条件被忽略</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by visibility</source>
        <translation>按可见性筛选</translation>
    </message>
    <message>
        <source>Filter by format</source>
        <translation>按格式筛选</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <comment>a chip and how many of its values are checked</comment>
        <translation>
            <numerusform>%1（%Ln）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::FirstRunPage</name>
    <message>
        <source>Open the De&amp;mo Cloud</source>
        <translation>打开演示云(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New Cloud…</source>
        <translation>新建云(&amp;N)…</translation>
    </message>
    <message>
        <source>Read &amp;clouds.yaml…</source>
        <translation>读取 clouds.yaml(&amp;C)…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>No cloud yet</source>
        <translation>还没有云</translation>
    </message>
    <message>
        <source>Skylight browses the images of OpenStack-compatible clouds: OpenStack Image API v2 and v1, Compute, Rackspace Cloud Servers and Huawei Cloud ECS.</source>
        <translation>Skylight 用于浏览 OpenStack 兼容云的镜像：OpenStack 镜像 API v2 和 v1、计算 API、Rackspace Cloud Servers 以及华为云 ECS。</translation>
    </message>
    <message>
        <source>It reads the clouds you already have: clouds.yaml and secure.yaml (in the current folder, in %1, or where OS_CLIENT_CONFIG_FILE points) and the OS_* variables of an openrc file. None was found.</source>
        <translation>Skylight 会读取您已有的云：clouds.yaml 和 secure.yaml（位于当前文件夹、%1 或 OS_CLIENT_CONFIG_FILE 指向的位置）以及 openrc 文件中的 OS_* 变量。但未找到任何云。</translation>
    </message>
    <message>
        <source>New Cloud adds one here: an identity service (Keystone) with your user and project, or an image endpoint with a token. Secrets go to the system keychain, never to a file.</source>
        <translation>“新建云”可在此添加云：带有您的用户和项目的身份服务（Keystone），或带有令牌的镜像端点。凭据保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Or look around first in the demo cloud, served from this computer: every dialect, status and format, with images to download.</source>
        <translation>也可以先在由本机提供的演示云中看看：涵盖所有方言、状态和格式，并有可供下载的镜像。</translation>
    </message>
    <message>
        <source>Browse Skylight&apos;s built-in demo cloud in this window</source>
        <translation>在此窗口中浏览 Skylight 内置的演示云</translation>
    </message>
    <message>
        <source>Add a cloud: an identity service or an image endpoint (Ctrl+N)</source>
        <translation>添加云：身份服务或镜像端点（Ctrl+N）</translation>
    </message>
    <message>
        <source>Read clouds.yaml again from its usual places, or choose a clouds.yaml file</source>
        <translation>从常用位置重新读取 clouds.yaml，或选择一个 clouds.yaml 文件</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV1Parser</name>
    <message>
        <source>The server&apos;s answer has no x-image-meta-id header: it is not an Image API v1 service.</source>
        <translation>服务器的响应没有 x-image-meta-id 头：它不是镜像 API v1 服务。</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>镜像列表</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2Adapter</name>
    <message>
        <source>Only shared images have members.</source>
        <translation>只有共享的镜像才有成员。</translation>
    </message>
    <message>
        <source>Image %1 has no member %2, or no such image exists.</source>
        <translation>镜像 %1 没有成员 %2，或者该镜像不存在。</translation>
    </message>
    <message>
        <source>This cloud lists no stores (GET /v2/info/stores answered 404): its Image API keeps every image in one store.</source>
        <translation>此云未列出任何存储（GET /v2/info/stores 返回 404）：其镜像 API 将所有镜像保存在同一个存储中。</translation>
    </message>
    <message>
        <source>the store list</source>
        <translation>存储列表</translation>
    </message>
    <message>
        <source>the import methods</source>
        <translation>导入方法</translation>
    </message>
    <message>
        <source>This cloud has no image import (GET /v2/info/import answered 404).</source>
        <translation>此云不支持镜像导入（GET /v2/info/import 返回 404）。</translation>
    </message>
    <message>
        <source>the quota usage</source>
        <translation>配额使用情况</translation>
    </message>
    <message>
        <source>This cloud tells no quota usage (GET /v2/info/usage answered 404).</source>
        <translation>此云不提供配额使用情况（GET /v2/info/usage 返回 404）。</translation>
    </message>
    <message>
        <source>the image&apos;s tasks</source>
        <translation>镜像的任务</translation>
    </message>
    <message>
        <source>No image with ID %1 exists at %2, or its Image API has no image tasks (they came with v2.12).</source>
        <translation>%2 上不存在 ID 为 %1 的镜像，或者其镜像 API 不支持镜像任务（该功能随 v2.12 引入）。</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2Members</name>
    <message>
        <source>entry %1 is not an object</source>
        <translation>第 %1 个条目不是对象</translation>
    </message>
    <message>
        <source>entry %1 has no member_id</source>
        <translation>第 %1 个条目没有 member_id</translation>
    </message>
    <message>
        <source>entry %1 has a member_id longer than %2 characters</source>
        <translation>第 %1 个条目的 member_id 超过 %2 个字符</translation>
    </message>
    <message>
        <source>entry %1 has an unknown status %2</source>
        <translation>第 %1 个条目的状态 %2 未知</translation>
    </message>
    <message>
        <source>the image&apos;s members</source>
        <translation>镜像的成员</translation>
    </message>
    <message>
        <source>The member list from the server has no &quot;members&quot; array.</source>
        <translation>服务器返回的成员列表中没有“members”数组。</translation>
    </message>
    <message>
        <source>the %1 entries after the first %2 members</source>
        <translation>前 %2 个成员之后的 %1 个条目</translation>
    </message>
    <message>
        <source>entry %1 repeats the member %2 of entry %3</source>
        <translation>第 %1 个条目重复了第 %3 个条目的成员 %2</translation>
    </message>
    <message>
        <source>the image member</source>
        <translation>镜像成员</translation>
    </message>
    <message>
        <source>The image member from the server cannot be read (%1).</source>
        <translation>无法读取服务器返回的镜像成员（%1）。</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2Parser</name>
    <message>
        <source>the image details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <source>The image details from the server have no &quot;id&quot;: not an image.</source>
        <translation>服务器返回的镜像详情没有“id”：不是镜像。</translation>
    </message>
    <message>
        <source>the image list</source>
        <translation>镜像列表</translation>
    </message>
</context>
<context>
    <name>Skylight::GlanceV2SchemaJob</name>
    <message>
        <source>the image schema</source>
        <translation>镜像模式</translation>
    </message>
</context>
<context>
    <name>Skylight::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Skylight</source>
        <translation>关于 Skylight(&amp;A)</translation>
    </message>
    <message>
        <source>About Skylight</source>
        <translation>关于 Skylight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Skylight %1&lt;/h3&gt;&lt;p&gt;A browser for the virtual-machine images of OpenStack-compatible clouds.&lt;/p&gt;&lt;p&gt;Commit %2&lt;br&gt;Qt %3 (built with Qt %4)&lt;/p&gt;&lt;p&gt;Licensed under the Apache License, Version 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Skylight %1&lt;/h3&gt;&lt;p&gt;浏览 OpenStack 兼容云中虚拟机镜像的工具。&lt;/p&gt;&lt;p&gt;提交 %2&lt;br&gt;Qt %3（构建于 Qt %4）&lt;/p&gt;&lt;p&gt;基于 Apache License 2.0 许可发布。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>Skylight::HttpImageAdapter</name>
    <message>
        <source>No image with ID %1 exists at %2.</source>
        <translation>%2 上不存在 ID 为 %1 的镜像。</translation>
    </message>
</context>
<context>
    <name>Skylight::HttpJob</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid http or https URL.</source>
        <translation>地址“%1”不是有效的 http 或 https URL。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s: the request timed out. Check the network or raise --timeout.</source>
        <translation>%1 在 %2 秒内没有发送任何数据：请求超时。请检查网络或增大 --timeout。</translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 MB, more than any image listing needs: refused.</source>
        <translation>来自 %1 的响应大于 %2 MB，超过任何镜像列表所需：已拒绝。</translation>
    </message>
    <message>
        <source>%1 closed the connection early: %2 of %3 bytes arrived.</source>
        <translation>%1 提前关闭了连接：收到 %2 / %3 字节。</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) but no usable Location.</source>
        <translation>%1 返回了重定向（HTTP %2），但没有可用的 Location。</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1), starting at %2.</source>
        <translation>重定向过多（超过 %1 次），起始于 %2。</translation>
    </message>
    <message>
        <source>Refused a redirect to the unsupported scheme &quot;%1&quot;.</source>
        <translation>已拒绝重定向到不受支持的协议“%1”。</translation>
    </message>
    <message>
        <source>Refused a redirect from https to plain http (%1).</source>
        <translation>已拒绝从 https 重定向到明文 http（%1）。</translation>
    </message>
    <message>
        <source>%1 refused the connection: check the endpoint URL and that the service is running.</source>
        <translation>%1 拒绝了连接：请检查端点 URL 以及服务是否在运行。</translation>
    </message>
    <message>
        <source>The host %1 was not found: check the endpoint URL and your DNS.</source>
        <translation>未找到主机 %1：请检查端点 URL 和 DNS。</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>连接 %1 超时。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (%2). Check the certificate, or pass --cacert.</source>
        <translation>与 %1 的安全连接失败（%2）。请检查证书，或使用 --cacert。</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2.</source>
        <translation>与 %1 通信时发生网络错误：%2。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the end of the response (chunked body without its final chunk).</source>
        <translation>%1 在响应结束前关闭了连接（分块传输的正文缺少最后一个块）。</translation>
    </message>
    <message>
        <source>%1 did not send the response headers within %2 s: the server is too slow; giving up.</source>
        <translation>%1 未在 %2 秒内发送完响应头：服务器太慢，已放弃。</translation>
    </message>
    <message>
        <source>%1 sent only %2 in the last %3 s (under %4/s): the transfer is too slow; giving up.</source>
        <translation>%1 在最近 %3 秒内只发送了 %2（低于 %4/秒）：传输太慢，已放弃。</translation>
    </message>
    <message>
        <source>%1 did not complete its response headers within %2 s of the request (it sent nothing, or headers that never end): the request timed out. Check the network or raise --timeout.</source>
        <translation>%1 在请求后 %2 秒内未完成响应头（什么也没发送，或响应头永不结束）：请求超时。请检查网络或增大 --timeout。</translation>
    </message>
    <message>
        <source>%1 announced an invalid size (Content-Length &quot;%2&quot;): the response cannot be read reliably; refused.</source>
        <translation>%1 声明了无效的大小（Content-Length“%2”）：无法可靠读取该响应；已拒绝。</translation>
    </message>
    <message>
        <source>The response from %1 announces %2, more than the %3 MB any image listing needs: refused without reading it.</source>
        <translation>来自 %1 的响应声明大小为 %2，超过任何镜像列表所需的 %3 MB：未读取即拒绝。</translation>
    </message>
    <message>
        <source>%1 sent a chunked response without any data: its chunked encoding was malformed or cut short.</source>
        <translation>%1 发送了没有任何数据的分块响应：其分块编码格式错误或被截断。</translation>
    </message>
    <message>
        <source>%1 reset the connection after the request was sent, before answering.</source>
        <translation>%1 在请求发送后、应答之前重置了连接。</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageAdapter</name>
    <message>
        <source>The token was refused, and a token given on its own cannot be renewed.</source>
        <translation>令牌被拒绝，且单独提供的令牌无法续期。</translation>
    </message>
    <message>
        <source>This cloud speaks %1, which has no %2: only the Image API v2 (glance-v2) tells it.</source>
        <translation>此云使用 %1，该 API 不提供%2：只有 镜像 API v2（glance-v2）提供这些信息。</translation>
    </message>
    <message>
        <source>image stores</source>
        <translation>镜像存储</translation>
    </message>
    <message>
        <source>import methods</source>
        <translation>导入方法</translation>
    </message>
    <message>
        <source>quota usage</source>
        <translation>配额使用情况</translation>
    </message>
    <message>
        <source>image tasks</source>
        <translation>镜像任务</translation>
    </message>
    <message>
        <source>image schema</source>
        <translation>镜像模式</translation>
    </message>
    <message>
        <source>This cloud speaks %1, which has no image sharing: image members and their acceptance are a feature of the Image API v2 (glance-v2).</source>
        <translation>此云使用 %1，该 API 不支持镜像共享：镜像成员及其接受机制是 镜像 API v2（glance-v2）的功能。</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageDetailsView</name>
    <message>
        <source>Image details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>筛选属性</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>属性(&amp;P)</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>Raw response</source>
        <translation>原始响应</translation>
    </message>
    <message>
        <source>The image&apos;s own response from the server appears here once it has arrived.</source>
        <translation>服务器对该镜像的响应到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>原始(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Value</source>
        <translation>复制值(&amp;V)</translation>
    </message>
    <message>
        <source>Double-click or press Enter: self and file links act in Skylight, addresses of the cloud&apos;s API are copied (they need a token), web pages open in your web browser.</source>
        <translation>双击或按回车：self 和 file 链接在 Skylight 中处理，云 API 的地址会被复制（需要令牌），网页在网页浏览器中打开。</translation>
    </message>
    <message>
        <source>No image selected</source>
        <translation>未选择镜像</translation>
    </message>
    <message>
        <source>Image details tabs</source>
        <translation>镜像详情标签页</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageListLoader</name>
    <message>
        <source>Page %1 of the list: %2</source>
        <translation>列表第 %1 页：%2</translation>
    </message>
    <message>
        <source>The server sent an empty page (page %1) that still points to a next page; the list stops at %2 images.</source>
        <translation>服务器发送了一个空页（第 %1 页），但它仍指向下一页；列表停在 %2 个镜像。</translation>
    </message>
    <message>
        <source>The server&apos;s paging went in a circle: page %1 points to a page asked for before; the list stops at %2 images.</source>
        <translation>服务器的分页陷入循环：第 %1 页指向一个之前已请求过的页面；列表停在 %2 个镜像。</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageSchema</name>
    <message>
        <source>property &quot;%1&quot; has no usable schema</source>
        <translation>属性“%1”没有可用的模式</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is beyond the %2 properties read</source>
        <translation>属性“%1”超出了已读取的 %2 个属性</translation>
    </message>
    <message>
        <source>The image schema from the server has no &quot;properties&quot; object.</source>
        <translation>服务器返回的镜像模式中没有“properties”对象。</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageSharingController</name>
    <message>
        <source>Entries left out of the server&apos;s answer: %1 (%2).</source>
        <translation>服务器响应中被忽略的条目：%1（%2）。</translation>
    </message>
    <message>
        <source>This cloud&apos;s API (%1) has no image sharing: image members, and the answers of the projects an image is shared with, are a feature of the Image API v2.</source>
        <translation>此云的 API（%1）不支持镜像共享：镜像成员，以及镜像所共享给的项目的答复，是镜像 API v2 的功能。</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <source>The image&apos;s members could not be read: %1</source>
        <translation>无法读取镜像的成员：%1</translation>
    </message>
    <message>
        <source>This image is not shared with other projects, so it has no members. The server says: %1</source>
        <translation>此镜像未与其他项目共享，因此没有成员。服务器的说明：%1</translation>
    </message>
    <message>
        <source>Shared with your project (%1) by project %2. Your project&apos;s answer: %3.</source>
        <translation>由项目 %2 共享给您的项目（%1）。您的项目的答复：%3。</translation>
    </message>
    <message>
        <source>Until your project accepts it, the image is not listed with your project&apos;s images.</source>
        <translation>在您的项目接受之前，该镜像不会列在您项目的镜像中。</translation>
    </message>
    <message>
        <source>The server lists one membership of this image: project %1, %2. If that is your project, you can accept or reject the share; if the image is yours, only that project can answer.</source>
        <translation>服务器列出了此镜像的一个成员关系：项目 %1，%2。如果这是您的项目，您可以接受或拒绝该共享；如果镜像属于您，则只有该项目可以答复。</translation>
    </message>
    <message>
        <source>This image is shared, but with no project yet.</source>
        <translation>此镜像已共享，但尚未共享给任何项目。</translation>
    </message>
    <message>
        <source>Projects this image is shared with: %1. Each answers for itself.</source>
        <translation>此镜像共享给的项目：%1 个。每个项目各自答复。</translation>
    </message>
    <message>
        <source>Rejecting the share…</source>
        <translation>正在拒绝共享…</translation>
    </message>
    <message>
        <source>Accepting the share…</source>
        <translation>正在接受共享…</translation>
    </message>
    <message>
        <source>The answer was not taken: %1</source>
        <translation>答复未能生效：%1</translation>
    </message>
    <message>
        <source>Shared with your project (%1) by a project the server does not name. Your project&apos;s answer: %2.</source>
        <translation>由服务器未指明的项目与您的项目（%1）共享。您的项目的答复：%2。</translation>
    </message>
    <message>
        <source>Another image was selected while you were asked: nothing was sent.</source>
        <translation>询问期间选中了另一个镜像：未发送任何内容。</translation>
    </message>
    <message>
        <source>The answer to the share of %1 was not taken: %2</source>
        <translation>对 %1 的共享的答复未被接受：%2</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageSharingTab</name>
    <message>
        <source>Accept Share</source>
        <translation>接受共享</translation>
    </message>
    <message>
        <source>Reject Share…</source>
        <translation>拒绝共享…</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Sharing message</source>
        <translation>共享消息</translation>
    </message>
    <message>
        <source>Sharing summary</source>
        <translation>共享摘要</translation>
    </message>
    <message>
        <source>Accept share</source>
        <translation>接受共享</translation>
    </message>
    <message>
        <source>Accept the image shared with your project: it is then listed with your project&apos;s images.</source>
        <translation>接受共享给您项目的镜像：之后它会列在您项目的镜像中。</translation>
    </message>
    <message>
        <source>Reject share</source>
        <translation>拒绝共享</translation>
    </message>
    <message>
        <source>Reject the image shared with your project: it is no longer listed with your project&apos;s images (you can still accept it later).</source>
        <translation>拒绝共享给您项目的镜像：它将不再列在您项目的镜像中（之后仍可接受）。</translation>
    </message>
    <message>
        <source>Reject Share</source>
        <translation>拒绝共享</translation>
    </message>
    <message>
        <source>Reject this image for your project? It is then no longer listed with your project&apos;s images. Nothing is deleted, and you can accept the share later.</source>
        <translation>要为您的项目拒绝此镜像吗？之后它将不再列在您项目的镜像中。不会删除任何内容，您之后仍可接受该共享。</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageStoreList</name>
    <message>
        <source>The store list from the server has no &quot;stores&quot; array.</source>
        <translation>服务器返回的存储列表中没有“stores”数组。</translation>
    </message>
    <message>
        <source>entry %1 is beyond the %2 stores read</source>
        <translation>第 %1 个条目超出了已读取的 %2 个存储</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTableModel</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation>虚拟大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Shared with your project, not answered yet: Accept or Reject in the Sharing tab</source>
        <translation>已共享给您的项目，尚未答复：请在“共享”标签页中接受或拒绝</translation>
    </message>
    <message>
        <source>Shared with your project, rejected: Accept in the Sharing tab to list it again</source>
        <translation>已共享给您的项目，已拒绝：在“共享”标签页中接受即可再次列出</translation>
    </message>
    <message>
        <source>Hidden: left out of the default listing (os_hidden)</source>
        <translation>隐藏：不在默认列表中 (os_hidden)</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTableView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>重置列(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTaskList</name>
    <message>
        <source>The task list from the server has no &quot;tasks&quot; array.</source>
        <translation>服务器返回的任务列表中没有“tasks”数组。</translation>
    </message>
    <message>
        <source>entry %1 is beyond the %2 tasks read</source>
        <translation>第 %1 个条目超出了已读取的 %2 个任务</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTasksController</name>
    <message>
        <source>Loading tasks…</source>
        <translation>正在加载任务…</translation>
    </message>
    <message>
        <source>The image&apos;s tasks could not be read: %1</source>
        <translation>无法读取镜像的任务：%1</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageTasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Stores being imported to</source>
        <translation>正在导入的目标存储</translation>
    </message>
    <message>
        <source>Stores the import failed for</source>
        <translation>导入失败的存储</translation>
    </message>
    <message>
        <source>Tasks message</source>
        <translation>任务消息</translation>
    </message>
    <message>
        <source>Importing to stores: %1</source>
        <translation>正在导入到存储：%1</translation>
    </message>
    <message>
        <source>Failed to import to: %1</source>
        <translation>导入失败的存储：%1</translation>
    </message>
    <message>
        <source>The server lists no import or copy tasks for this image.</source>
        <translation>服务器未列出此镜像的任何导入或复制任务。</translation>
    </message>
    <message>
        <source>Entries left out of the server&apos;s answer: %1 (%2).</source>
        <translation>服务器响应中被忽略的条目：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>Skylight::ImageUsage</name>
    <message>
        <source>The quota usage from the server has no &quot;usage&quot; object.</source>
        <translation>服务器返回的配额使用情况中没有“usage”对象。</translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; has neither a limit nor a usage</source>
        <translation>配额“%1”既没有限额也没有用量</translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; is beyond the %2 quotas read</source>
        <translation>配额“%1”超出了已读取的 %2 个配额</translation>
    </message>
</context>
<context>
    <name>Skylight::ImportInfo</name>
    <message>
        <source>The import information from the server has no &quot;import-methods&quot; list.</source>
        <translation>服务器返回的导入信息中没有“import-methods”列表。</translation>
    </message>
</context>
<context>
    <name>Skylight::InspectController</name>
    <message>
        <source>In&amp;spect</source>
        <translation>检查(&amp;S)</translation>
    </message>
    <message>
        <source>Inspection is not available in this version of Skylight.</source>
        <translation>此版本的 Skylight 不支持检查功能。</translation>
    </message>
    <message>
        <source>Select an image to inspect what is inside it.</source>
        <translation>请选择一个镜像以检查其内容。</translation>
    </message>
    <message>
        <source>Only active images have data to inspect; %1 is %2.</source>
        <translation>只有处于 active 状态的镜像才有可检查的数据；%1 的状态为 %2。</translation>
    </message>
    <message>
        <source>Only active images have data to inspect; the status of %1 is unknown.</source>
        <translation>只有处于 active 状态的镜像才有可检查的数据；%1 的状态未知。</translation>
    </message>
    <message>
        <source>%1 has no data to inspect.</source>
        <translation>%1 没有可检查的数据。</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Read the start of the selected image&apos;s data and tell what is inside it: its format, its size and whether it is safe (Ctrl+Shift+I)</source>
        <translation>读取所选镜像数据的开头部分并显示其中的内容：格式、大小以及是否安全（Ctrl+Shift+I）</translation>
    </message>
</context>
<context>
    <name>Skylight::JsonPayload</name>
    <message>
        <source>%1 sent an empty response for %2.</source>
        <translation>%1 对%2返回了空响应。</translation>
    </message>
    <message>
        <source>%1 answered %2 with a web page instead of JSON: check that the endpoint is the image service.</source>
        <translation>%1 对%2返回的是网页而不是 JSON：请检查该端点是否为镜像服务。</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON for %2 (%3 at byte %4).</source>
        <translation>%1 对%2返回了格式错误的 JSON（%3，位于第 %4 字节）。</translation>
    </message>
    <message>
        <source>%1 sent JSON for %2 that is not an object.</source>
        <translation>%1 对%2返回的 JSON 不是对象。</translation>
    </message>
    <message>
        <source>The image list from the server has no &quot;%1&quot; array.</source>
        <translation>服务器返回的镜像列表中没有“%1”数组。</translation>
    </message>
    <message>
        <source>%1 sent JSON for %2 that nests deeper than %3 levels; refused.</source>
        <translation>%1 对%2返回的 JSON 嵌套超过 %3 层，已拒绝。</translation>
    </message>
</context>
<context>
    <name>Skylight::KeyValueTableModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>A field of the cloud&apos;s image schema</source>
        <translation>云的镜像模式中的字段</translation>
    </message>
    <message>
        <source>A custom property: set by the image&apos;s owner or by a service</source>
        <translation>自定义属性：由镜像所有者或某个服务设置</translation>
    </message>
    <message>
        <source>A system property (os_glance_*): set by the Image service itself</source>
        <translation>系统属性（os_glance_*）：由镜像服务自身设置</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>Skylight::KeystoneAuthenticator</name>
    <message>
        <source>the sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The identity service answered without a token (X-Subject-Token).</source>
        <translation>身份服务的响应中没有令牌（X-Subject-Token）。</translation>
    </message>
    <message>
        <source>The identity service answered without access.token.id.</source>
        <translation>身份服务的响应中没有 access.token.id。</translation>
    </message>
    <message>
        <source>The identity service refused the sign-in: check the user name, the password (or key) and the project.</source>
        <translation>身份服务拒绝了登录：请检查用户名、密码（或密钥）和项目。</translation>
    </message>
    <message>
        <source>No password to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>没有用于登录的密码：请提供一次（skylight-cli login 或 secure.yaml）。</translation>
    </message>
    <message>
        <source>No application credential secret to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>没有用于登录的应用凭据机密：请提供一次（skylight-cli login 或 secure.yaml）。</translation>
    </message>
    <message>
        <source>No token to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>没有用于登录的令牌：请提供一次（skylight-cli login 或 secure.yaml）。</translation>
    </message>
    <message>
        <source>No API key to sign in with: give it once (skylight-cli login, or secure.yaml).</source>
        <translation>没有用于登录的 API 密钥：请提供一次（skylight-cli login 或 secure.yaml）。</translation>
    </message>
</context>
<context>
    <name>Skylight::LinkOpener</name>
    <message>
        <source>%1 is an address of the cloud&apos;s API: it needs a token, which a web browser does not have. The address was copied.</source>
        <translation>%1 是该云 API 的地址：需要令牌，而网页浏览器没有令牌。地址已复制。</translation>
    </message>
    <message>
        <source>Skylight opens only web links in the browser; this one is %1.</source>
        <translation>Skylight 只在浏览器中打开网页链接；此链接是 %1。</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>没有网页浏览器能打开 %1。</translation>
    </message>
</context>
<context>
    <name>Skylight::LinkTableModel</name>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>Skylight::MainWindow</name>
    <message>
        <source>No cloud chosen. Start Skylight with --demo to browse the built-in demo cloud, or with --endpoint URL (token in OS_TOKEN).</source>
        <translation>未选择云。使用 --demo 启动 Skylight 以浏览内置演示云，或使用 --endpoint URL（令牌放在 OS_TOKEN 中）。</translation>
    </message>
    <message>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <source>Clouds</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Not signed in to %1. Choose Sign In in the cloud list to try again.</source>
        <translation>未登录 %1。在云列表中选择“登录”重试。</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1 — Skylight</source>
        <translation>%1 — Skylight</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>下载(&amp;D)…</translation>
    </message>
    <message>
        <source>Download the selected image&apos;s binary, verified and resumable (Ctrl+D)</source>
        <translation>下载所选镜像的二进制数据，可校验、可续传（Ctrl+D）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the image list (Ctrl+R)</source>
        <translation>重新加载镜像列表（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Demo cloud</source>
        <translation>演示云</translation>
    </message>
    <message>
        <source>Demo cloud badge</source>
        <translation>演示云标记</translation>
    </message>
    <message>
        <source>You are browsing Skylight&apos;s built-in demo cloud, served from this computer.</source>
        <translation>您正在浏览 Skylight 内置的演示云，由本机提供。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lear Filter</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>C&amp;louds</source>
        <translation>云(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>镜像(&amp;I)</translation>
    </message>
    <message>
        <source>Show De&amp;tails</source>
        <translation>显示详情(&amp;T)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Do&amp;wnloads</source>
        <translation>下载(&amp;W)</translation>
    </message>
    <message>
        <source>%1 is no longer on the cloud: it was deleted.</source>
        <translation>%1 已不在云上：它已被删除。</translation>
    </message>
</context>
<context>
    <name>Skylight::MemberTableModel</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Member (project ID)</source>
        <translation>成员（项目 ID）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>Skylight::MembershipChange</name>
    <message>
        <source>Image %1 is not shared, so there is no share to accept or reject: %2</source>
        <translation>镜像 %1 未共享，因此没有可接受或拒绝的共享：%2</translation>
    </message>
    <message>
        <source>Image %1 is not shared with your project %2: it is not among the image&apos;s members.</source>
        <translation>镜像 %1 未与您的项目 %2 共享：该项目不在镜像的成员之中。</translation>
    </message>
    <message>
        <source>Image %1 is not shared with your project: the server lists no membership of it.</source>
        <translation>镜像 %1 未与您的项目共享：服务器未列出您对它的任何成员资格。</translation>
    </message>
    <message>
        <source>The server lists %1 members of image %2, as it does for the image&apos;s owner only: an owner cannot accept or reject a share, its members do. If your project is one of them, give your project&apos;s ID.</source>
        <translation>服务器列出了镜像 %2 的 %1 个成员，而它只对镜像的所有者这样做：所有者不能接受或拒绝共享，只有其成员可以。如果您的项目是其中之一，请提供您项目的 ID。</translation>
    </message>
</context>
<context>
    <name>Skylight::MetadefNamespace</name>
    <message>
        <source>The metadata definitions from the server have no &quot;namespaces&quot; array.</source>
        <translation>服务器返回的元数据定义中没有“namespaces”数组。</translation>
    </message>
</context>
<context>
    <name>Skylight::OverviewModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>Skylight::OverviewRows</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation>虚拟大小</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Container format</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Minimum RAM</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>Checksum (MD5)</source>
        <translation>校验和（MD5）</translation>
    </message>
    <message>
        <source>Hash algorithm</source>
        <translation>哈希算法</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Custom properties</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <source>API dialect</source>
        <translation>API 方言</translation>
    </message>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>%1 the size in units (&quot;12.6 MiB&quot;), %2 the exact number of bytes (&quot;13,167,616&quot;)</extracomment>
        <translation>
            <numerusform>%1（%2 字节）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>ahead of this computer&apos;s clock</source>
        <translation>超前于本机时钟</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a date and time (&quot;29/11/2026 14:03&quot;), %2 its age (&quot;3 days ago&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Instance snapshot</source>
        <translation>实例快照</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage: %1 the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <extracomment>what separates the tags of an image in a list (&quot;a, b, c&quot;; Chinese: 、)</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>其他字段</translation>
    </message>
    <message>
        <source>System properties</source>
        <translation>系统属性</translation>
    </message>
</context>
<context>
    <name>Skylight::QueryProblem</name>
    <message>
        <source>“%1” is left out: only %2 can be compared with &lt;, &lt;=, &gt;, &gt;=, = or !=.</source>
        <translation>“%1”被忽略：只有 %2 可以用 &lt;、&lt;=、&gt;、&gt;=、= 或 != 比较。</translation>
    </message>
    <message>
        <source>“%1” is left out: a value must follow the comparison.</source>
        <translation>“%1”被忽略：比较符后面必须跟一个值。</translation>
    </message>
    <message>
        <source>“%1” is left out: “%2” is not a number such as 10, 512M or 1.5G.</source>
        <translation>“%1”被忽略：“%2”不是数字（例如 10、512M 或 1.5G）。</translation>
    </message>
    <message>
        <source>“%1” is left out: “%2” is not a date such as 2024-01-01 or 2025-06-01T12:00Z.</source>
        <translation>“%1”被忽略：“%2”不是日期（例如 2024-01-01 或 2025-06-01T12:00Z）。</translation>
    </message>
    <message>
        <source>“%1” is left out: sizes are not negative.</source>
        <translation>“%1”被忽略：大小不能为负数。</translation>
    </message>
    <message>
        <source>“%1” is left out: “%2” is too large.</source>
        <translation>“%1”被忽略：“%2”太大。</translation>
    </message>
</context>
<context>
    <name>Skylight::QuotaRow</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>总大小</translation>
    </message>
    <message>
        <source>Staging area</source>
        <translation>暂存区</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>%1 used, unlimited</source>
        <translation>已用 %1，无限制</translation>
    </message>
    <message>
        <source>%1 used, no limit given</source>
        <translation>已用 %1，未提供限额</translation>
    </message>
    <message>
        <source>Unlimited, usage not given</source>
        <translation>无限制，未提供用量</translation>
    </message>
    <message>
        <source>Neither usage nor limit given</source>
        <translation>未提供用量和限额</translation>
    </message>
    <message>
        <source>Usage not given, limit %1</source>
        <translation>未提供用量，限额 %1</translation>
    </message>
    <message>
        <source>%1 of %2: over the limit</source>
        <translation>%1 / %2：超出限额</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Skylight::RemoteInspection</name>
    <message>
        <source>This image&apos;s store serves no byte ranges (learnt earlier): the image is read from its start until the verdict is taken.</source>
        <translation>此镜像的存储不支持字节范围读取（之前已获知）：将从开头读取镜像，直到得出结论。</translation>
    </message>
    <message numerus="yes">
        <source>The inspection stopped after %n requests without a verdict.</source>
        <translation>
            <numerusform>检查在 %n 次请求后停止，未得出结论。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server answered a range request with Content-Range &quot;%1&quot;, not the bytes asked for.</source>
        <translation>服务器以 Content-Range“%1”响应范围请求，而不是所请求的字节。</translation>
    </message>
    <message>
        <source>The server ignores byte ranges (it sent the whole image): the image is read from its start until the verdict is taken.</source>
        <translation>服务器忽略字节范围（它发送了整个镜像）：将从开头读取镜像，直到得出结论。</translation>
    </message>
    <message>
        <source>The verdict needs the end of the image and the server serves no byte ranges: reading on (at most %1).</source>
        <translation>得出结论需要镜像的末尾，而服务器不支持字节范围读取：继续读取（最多 %1）。</translation>
    </message>
    <message>
        <source>The verdict needs the end of the image and the server serves no byte ranges: reading on, to the end if need be.</source>
        <translation>得出结论需要镜像的末尾，而服务器不支持字节范围读取：继续读取，必要时读到末尾。</translation>
    </message>
    <message>
        <source>The inspection stopped after reading %1 without ranges: the verdict is incomplete.</source>
        <translation>检查在不按范围读取了 %1 后停止：结论不完整。</translation>
    </message>
    <message>
        <source>The server refuses byte ranges for this image (HTTP %1): the image is read from its start until the verdict is taken.</source>
        <translation>服务器拒绝对此镜像进行字节范围读取（HTTP %1）：将从开头读取镜像，直到得出结论。</translation>
    </message>
    <message>
        <source>The server has no data for this image.</source>
        <translation>服务器上没有此镜像的数据。</translation>
    </message>
    <message>
        <source>The server did not say the image&apos;s size: its end could not be read.</source>
        <translation>服务器未告知镜像的大小：无法读取其末尾。</translation>
    </message>
    <message>
        <source>The inspection stopped after reading %1: the verdict is incomplete.</source>
        <translation>检查在读取 %1 后停止：结论不完整。</translation>
    </message>
</context>
<context>
    <name>Skylight::RenewingAdapter</name>
    <message>
        <source>The token was refused, and the cloud was signed out or moved to another address.</source>
        <translation>令牌被拒绝，且该云已注销或已迁移到其他地址。</translation>
    </message>
    <message>
        <source>The token was refused, and signing in to %1 again waits for a new secret: choose Sign In in the cloud list.</source>
        <translation>令牌被拒绝，重新登录 %1 需要新的凭据：请在云列表中选择“登录”。</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs the password.</source>
        <translation>令牌被拒绝；重新登录需要密码。</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs the application credential secret.</source>
        <translation>令牌被拒绝；重新登录需要应用凭据机密。</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs a token.</source>
        <translation>令牌被拒绝；重新登录需要一个令牌。</translation>
    </message>
    <message>
        <source>The token was refused; signing in again needs the API key.</source>
        <translation>令牌被拒绝；重新登录需要 API 密钥。</translation>
    </message>
</context>
<context>
    <name>Skylight::SaveImageDialog</name>
    <message>
        <source>Store:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <source>Any (the cloud chooses)</source>
        <translation>任意（由云选择）</translation>
    </message>
    <message>
        <source>This cloud&apos;s Image API offers no choice of the store a download is served from: the cloud picks one itself.</source>
        <translation>此云的镜像 API 不支持选择下载所用的存储：由云自行选择。</translation>
    </message>
</context>
<context>
    <name>Skylight::ScopeController</name>
    <message>
        <source>This cloud&apos;s image API (%1) has no visibility scope: the server decides which images it lists. Type visibility:public, for instance, to filter the images listed.</source>
        <translation>此云的镜像 API（%1）没有可见性范围：它列出哪些镜像由其自身决定。例如输入 visibility:public 可筛选列出的镜像。</translation>
    </message>
    <message>
        <source>Set by the filter box; without its terms, back to %1.</source>
        <translation>由筛选框设置；去掉其中的条件后恢复为 %1。</translation>
    </message>
    <message>
        <source>Listing from the server with the visibility scope %1, as the filter asks; without its terms, the scope goes back to %2.</source>
        <translation>按筛选条件的要求，以可见性范围 %1 从服务器列出；去掉这些条件后，范围恢复为 %2。</translation>
    </message>
</context>
<context>
    <name>Skylight::ScopeSelector</name>
    <message>
        <source>Visibilit&amp;y scope:</source>
        <translation>可见性范围(&amp;Y)：</translation>
    </message>
    <message>
        <source>Visibility scope</source>
        <translation>可见性范围</translation>
    </message>
    <message>
        <source>Which images the server lists: the project&apos;s, shared, public, community or all</source>
        <translation>服务器列出哪些镜像：项目的、共享的、公共的、社区的或全部</translation>
    </message>
    <message>
        <source>Default (project, public, shared)</source>
        <translation>默认（项目、公共、共享）</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Shared with the project</source>
        <translation>与项目共享</translation>
    </message>
    <message>
        <source>Shared, awaiting acceptance</source>
        <translation>共享，待接受</translation>
    </message>
    <message>
        <source>Shared, rejected</source>
        <translation>共享，已拒绝</translation>
    </message>
    <message>
        <source>Shared, any member status</source>
        <translation>共享，任意成员状态</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>All (with community)</source>
        <translation>全部（含社区）</translation>
    </message>
    <message>
        <source>As typed: %1</source>
        <translation>按输入：%1</translation>
    </message>
    <message>
        <source>Which images the server lists. Community images of other projects are listed only with Community or All.</source>
        <translation>服务器列出哪些镜像。其他项目的社区镜像仅在选择“社区”或“全部”时列出。</translation>
    </message>
    <message>
        <source>Show hi&amp;dden</source>
        <translation>显示隐藏项(&amp;D)</translation>
    </message>
    <message>
        <source>Show hidden images</source>
        <translation>显示隐藏镜像</translation>
    </message>
    <message>
        <source>Lists the images hidden from default listings (os_hidden) after the others, marked as hidden</source>
        <translation>在其他镜像之后列出默认列表中隐藏的镜像（os_hidden），并标记为隐藏</translation>
    </message>
    <message>
        <source>Also lists the images their owners hid from default listings (os_hidden), after the others and in italics.</source>
        <translation>同时列出所有者在默认列表中隐藏的镜像（os_hidden），排在其他镜像之后并以斜体显示。</translation>
    </message>
</context>
<context>
    <name>Skylight::ScreenshotTour</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No folder to download into for the transfers picture.</source>
        <translation>没有可用于下载面板截图的下载文件夹。</translation>
    </message>
    <message>
        <source>The demo cloud&apos;s images could not be downloaded for the transfers picture.</source>
        <translation>无法为下载面板截图下载演示云的镜像。</translation>
    </message>
    <message>
        <source>The downloads for the transfers picture did not finish in time.</source>
        <translation>下载面板截图所需的下载未能及时完成。</translation>
    </message>
    <message>
        <source>Could not write the picture %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>The window has no visibility scope to show.</source>
        <translation>窗口中没有可显示的可见性范围。</translation>
    </message>
    <message>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <source>Inspection is not available: contents-unsafe.png is left out.</source>
        <translation>检查功能不可用：已跳过 contents-unsafe.png。</translation>
    </message>
    <message>
        <source>The image could not be inspected for the contents picture: %1</source>
        <translation>无法为内容截图检查该镜像：%1</translation>
    </message>
    <message>
        <source>The inspection for the contents picture did not finish in time.</source>
        <translation>为内容截图进行的检查未能及时完成。</translation>
    </message>
    <message>
        <source>The demo cloud&apos;s shared image is not listed for the sharing picture.</source>
        <translation>演示云的共享镜像未列出，无法生成共享截图。</translation>
    </message>
    <message>
        <source>The demo cloud&apos;s shared image could not be selected for the sharing picture.</source>
        <translation>无法为共享截图选中演示云的共享镜像。</translation>
    </message>
    <message>
        <source>The shared image&apos;s members are not shown for the sharing picture: %1</source>
        <translation>共享截图中未显示共享镜像的成员：%1</translation>
    </message>
    <message>
        <source>The shared image&apos;s members did not arrive in time for the sharing picture.</source>
        <translation>共享镜像的成员未能及时到达，无法生成共享截图。</translation>
    </message>
    <message>
        <source>The window has no cloud information to show.</source>
        <translation>窗口没有可显示的云信息。</translation>
    </message>
    <message>
        <source>The cloud information picture lacks a section: %1</source>
        <translation>云信息截图缺少一个部分：%1</translation>
    </message>
    <message>
        <source>The cloud information did not arrive in time for its picture.</source>
        <translation>云信息未能及时到达，无法生成其截图。</translation>
    </message>
</context>
<context>
    <name>Skylight::SecretKindText</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Application credential secret</source>
        <translation>应用凭据机密</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
</context>
<context>
    <name>Skylight::SecretPrompt</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>记在系统密钥环中</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>Kept by the operating system&apos;s keychain; Skylight never writes it to a file.</source>
        <translation>由操作系统的密钥环保管；Skylight 从不将其写入文件。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: the secret is kept in memory for this session only.</source>
        <translation>无法访问系统密钥环：凭据仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>The password for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的密码：</translation>
    </message>
    <message>
        <source>The application credential secret for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的应用凭据机密：</translation>
    </message>
    <message>
        <source>The token for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的令牌：</translation>
    </message>
    <message>
        <source>The API key for &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的 API 密钥：</translation>
    </message>
</context>
<context>
    <name>Skylight::SecretStore</name>
    <message>
        <source>No secret is stored for this cloud.</source>
        <translation>此云没有保存的凭据。</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>密钥环拒绝访问：%1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>密钥环出错：%1</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached (%1). Secrets are kept in memory for this session only and you will be asked again next time; nothing is written to disk.</source>
        <translation>无法访问系统密钥环（%1）。凭据仅在本次会话中保存在内存里，下次会再次询问；不会写入磁盘。</translation>
    </message>
    <message>
        <source>The keychain entry of %1 is damaged; sign in again.</source>
        <translation>%1 的密钥环条目已损坏；请重新登录。</translation>
    </message>
    <message>
        <source>Part of the keychain entry of %1 is missing; sign in again.</source>
        <translation>%1 的密钥环条目缺少一部分；请重新登录。</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached: secrets are not kept.</source>
        <translation>无法访问系统密钥环：不保存凭据。</translation>
    </message>
</context>
<context>
    <name>Skylight::SelectionActions</name>
    <message>
        <source>Copy &amp;ID</source>
        <translation>复制 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>复制名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Copy Cell</source>
        <translation>复制单元格(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export Selected…</source>
        <translation>导出所选(&amp;E)…</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Pin for Comparison</source>
        <translation>固定以比较(&amp;P)</translation>
    </message>
    <message>
        <source>Save the selected images&apos; details as JSON or CSV (Ctrl+E)</source>
        <translation>将所选镜像的详情保存为 JSON 或 CSV（Ctrl+E）</translation>
    </message>
    <message>
        <source>Compare two selected images, or the selected one with the pinned one (Ctrl+M)</source>
        <translation>比较两个所选镜像，或将所选镜像与固定的镜像比较（Ctrl+M）</translation>
    </message>
    <message>
        <source>Keep this image to compare it with one from another cloud</source>
        <translation>固定此镜像，以便与其他云中的镜像比较</translation>
    </message>
    <message>
        <source>Select the images to export first.</source>
        <translation>请先选择要导出的镜像。</translation>
    </message>
    <message>
        <source>Export Image Details</source>
        <translation>导出镜像详情</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个镜像导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pinned %1: select another image (in any cloud) and choose Compare.</source>
        <translation>已固定 %1：选择另一个镜像（任意云中）并选择“比较”。</translation>
    </message>
    <message>
        <source>CSV for spreadsheet programs, with a byte order mark (*.csv)</source>
        <translation>用于电子表格程序的 CSV，带字节顺序标记 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Skylight::SkippedEntriesNotice</name>
    <message>
        <source>… and %1 more.</source>
        <translation>…… 另有 %1 个。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>1 entry could not be read and is not shown.</source>
        <translation>有 1 个条目无法读取，未显示。</translation>
    </message>
    <message>
        <source>%1 entries could not be read and are not shown.</source>
        <translation>有 %1 个条目无法读取，未显示。</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n image(s) more than once; each is shown once.</source>
        <translation>
            <numerusform>服务器将 %n 个镜像列出了不止一次；每个只显示一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: the id &quot;%2&quot; was listed before</source>
        <translation>第 %1 页：ID“%2”之前已列出</translation>
    </message>
</context>
<context>
    <name>Skylight::StoreTableModel</name>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Images are stored here unless another store is asked for.</source>
        <translation>除非指定其他存储，否则镜像存放在此处。</translation>
    </message>
    <message>
        <source>Images can be read from this store, not written to it.</source>
        <translation>可以从此存储读取镜像，但不能写入。</translation>
    </message>
    <message>
        <source>The store&apos;s backend, told only to those who may read the store details (administrators).</source>
        <translation>存储的后端，仅告知有权读取存储详情的用户（管理员）。</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问权限</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>Skylight::TaskTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
</context>
<context>
    <name>Skylight::TransferListModel</name>
    <message>
        <source>%1 from %2
to %3
%4</source>
        <translation>%1 来自 %2
保存到 %3
%4</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Done, verified</source>
        <translation>完成，已校验</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Done — %1.</source>
        <translation>完成——%1。</translation>
    </message>
    <message>
        <source>Done — %1 (%2).</source>
        <translation>完成——%1（%2）。</translation>
    </message>
    <message>
        <source>Done — %1 in %2, %3/s.</source>
        <translation>完成——%1，用时 %2，%3/秒。</translation>
    </message>
    <message>
        <source>Done — %1 in %2, %3/s (%4).</source>
        <translation>完成——%1，用时 %2，%3/秒（%4）。</translation>
    </message>
    <message>
        <source>Downloading — %1 at %2/s, %3 left.</source>
        <translation>下载中——%1，%2/秒，剩余 %3。</translation>
    </message>
    <message>
        <source>Downloading — %1 at %2/s.</source>
        <translation>下载中——%1，%2/秒。</translation>
    </message>
    <message>
        <source>Downloading — %1.</source>
        <translation>下载中——%1。</translation>
    </message>
    <message>
        <source>Started over from the beginning: %1</source>
        <translation>已从头重新开始：%1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Contents: %1</source>
        <translation>内容：%1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>Skylight::TransferQueue</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s (attempt %3).</source>
        <translation>%1 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>Stopped when Skylight closed; it resumes when %1 is open.</source>
        <translation>Skylight 关闭时已停止；打开 %1 后继续。</translation>
    </message>
    <message>
        <source>Cancelled; the partial file was removed.</source>
        <translation>已取消；未完成的文件已删除。</translation>
    </message>
    <message>
        <source>Paused. This cloud&apos;s image store does not serve ranges: resuming starts over from the beginning.</source>
        <translation>已暂停。此云的镜像存储不支持按范围读取：继续时将从头开始。</translation>
    </message>
    <message>
        <source>Paused. The image has no checksum, so a resume cannot be proven and starts over.</source>
        <translation>已暂停。该镜像没有校验和，无法证明续传正确，将从头开始。</translation>
    </message>
    <message>
        <source>Paused; the partial file is kept for a resume.</source>
        <translation>已暂停；未完成的文件已保留以便续传。</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>正在暂停…</translation>
    </message>
    <message>
        <source>Stopping; it starts again once stopped.</source>
        <translation>正在停止；停止后将重新开始。</translation>
    </message>
    <message>
        <source>Stopping; it leaves the list once stopped.</source>
        <translation>正在停止；停止后将从列表中移除。</translation>
    </message>
    <message>
        <source>The contents were refused; waiting for your decision.</source>
        <translation>内容已被拒绝；正在等待您的决定。</translation>
    </message>
</context>
<context>
    <name>Skylight::TransfersPanel</name>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>继续(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>暂停下载</translation>
    </message>
    <message>
        <source>Resume or retry the download</source>
        <translation>继续或重试下载</translation>
    </message>
    <message>
        <source>Cancel the download and remove its partial file</source>
        <translation>取消下载并删除其未完成的文件</translation>
    </message>
    <message>
        <source>Remove the download from the list</source>
        <translation>从列表中移除该下载</translation>
    </message>
    <message>
        <source>Open the folder of the download</source>
        <translation>打开下载所在文件夹</translation>
    </message>
    <message>
        <source>Downloads at once</source>
        <translation>同时下载数</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>同时(&amp;O)：</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Ope&amp;n</source>
        <translation>打开(&amp;N)</translation>
    </message>
    <message>
        <source>Sho&amp;w in Folder</source>
        <translation>在文件夹中显示(&amp;W)</translation>
    </message>
    <message>
        <source>Open the downloaded file</source>
        <translation>打开下载的文件</translation>
    </message>
    <message>
        <source>Cancel the download</source>
        <translation>取消下载</translation>
    </message>
    <message>
        <source>Cancel the download of %1?</source>
        <translation>取消 %1 的下载？</translation>
    </message>
    <message>
        <source>The partial file %1 (%2 already downloaded) will be deleted; a paused download keeps it for a resume.</source>
        <translation>未完成的文件 %1（已下载 %2）将被删除；暂停的下载会保留它以便续传。</translation>
    </message>
    <message>
        <source>&amp;Delete the Partial File</source>
        <translation>删除未完成的文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Downloading</source>
        <translation>继续下载(&amp;K)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse the images of OpenStack-compatible clouds.</source>
        <translation>浏览 OpenStack 兼容云的镜像。</translation>
    </message>
    <message>
        <source>Browse the built-in demo cloud.</source>
        <translation>浏览内置演示云。</translation>
    </message>
    <message>
        <source>Image API endpoint (token from OS_TOKEN).</source>
        <translation>镜像 API 端点（令牌取自 OS_TOKEN）。</translation>
    </message>
    <message>
        <source>Dialect of the endpoint.</source>
        <translation>端点的方言。</translation>
    </message>
    <message>
        <source>Save a picture of the window once loaded, then quit.</source>
        <translation>加载完成后保存窗口截图，然后退出。</translation>
    </message>
    <message>
        <source>Demo cloud · Image API v2</source>
        <translation>演示云 · 镜像 API v2</translation>
    </message>
    <message>
        <source>Demo cloud · Image API v1</source>
        <translation>演示云 · 镜像 API v1</translation>
    </message>
    <message>
        <source>Demo cloud · Compute v2.1</source>
        <translation>演示云 · 计算 v2.1</translation>
    </message>
    <message>
        <source>Demo cloud · Rackspace Cloud Servers</source>
        <translation>演示云 · Rackspace Cloud Servers</translation>
    </message>
    <message>
        <source>Demo cloud · Huawei Cloud ECS</source>
        <translation>演示云 · 华为云 ECS</translation>
    </message>
    <message>
        <source>Demo cloud · Compute v2.1 (XML)</source>
        <translation>演示云 · 计算 v2.1（XML）</translation>
    </message>
    <message>
        <source>Unknown dialect %1.</source>
        <translation>未知方言 %1。</translation>
    </message>
    <message>
        <source>Skylight</source>
        <translation>Skylight</translation>
    </message>
    <message>
        <source>Language of the window (%1); the system&apos;s by default.</source>
        <translation>窗口语言（%1）；默认跟随系统。</translation>
    </message>
    <message>
        <source>No translation for %1; available: %2.</source>
        <translation>没有 %1 的翻译；可用：%2。</translation>
    </message>
    <message>
        <source>Save pictures of the window, each details tab and the downloads in a folder, then quit.</source>
        <translation>将窗口、每个详情标签页和下载面板的截图保存到文件夹，然后退出。</translation>
    </message>
    <message>
        <source>Log each request (method, address without secrets, status, request id, time), sign-ins and downloads to standard error; never a token or a password. QT_LOGGING_RULES=&quot;skylight.*.debug=true&quot; does the same.</source>
        <translation>将每个请求（方法、去除机密的地址、状态、请求 ID、耗时）、登录和下载记录到标准错误输出；绝不记录令牌或密码。QT_LOGGING_RULES=&quot;skylight.*.debug=true&quot; 效果相同。</translation>
    </message>
</context>
</TS>
