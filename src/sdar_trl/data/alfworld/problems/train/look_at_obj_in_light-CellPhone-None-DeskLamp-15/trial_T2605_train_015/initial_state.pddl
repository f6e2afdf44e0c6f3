(define (problem plan_trial_T2605_train_015)
(:domain alfred)
(:objects
agent1 - agent
BedType - rtype
DeskType - rtype
DrawerType - rtype
DresserType - rtype
GarbageCanType - rtype
ShelfType - rtype
SideTableType - rtype
CellPhoneType - otype
DeskLampType - otype
PenType - otype
PencilType - otype
RemoteControlType - otype
StatueType - otype
VaseType - otype
WatchType - otype
DeskLamp_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 - object
CellPhone_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 - object
Pen_bar__minus_01_dot_36_bar__plus_02_dot_55_bar__plus_00_dot_60 - object
RemoteControl_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 - object
Vase_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 - object
Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 - object
Pencil_bar__plus_00_dot_48_bar__minus_01_dot_31_bar__minus_02_dot_39 - object
Watch_bar__plus_01_dot_31_bar__minus_00_dot_75_bar__minus_00_dot_16 - object
Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57 - receptacle
Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35 - receptacle
SideTable_bar__minus_02_dot_11_bar__plus_02_dot_77_bar__minus_00_dot_78 - receptacle
Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52 - receptacle
GarbageCan_bar__plus_02_dot_55_bar__plus_00_dot_02_bar__plus_00_dot_27 - receptacle
SideTable_bar__minus_02_dot_28_bar__plus_02_dot_04_bar__plus_00_dot_50 - receptacle
Bed_bar__minus_02_dot_59_bar__plus_02_dot_57_bar__plus_00_dot_50 - receptacle
Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69 - receptacle
Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07 - receptacle
Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31 - receptacle
loc_bar_0_bar_0_bar_3_bar_30 - location
loc_bar_11_bar_12_bar_0_bar_0 - location
loc_bar_3_bar_6_bar_1_bar_45 - location
loc_bar_3_bar__minus_5_bar_3_bar_45 - location
loc_bar_5_bar__minus_7_bar_0_bar_30 - location
loc_bar_7_bar_7_bar_2_bar_60 - location
loc_bar_9_bar_5_bar_2_bar__minus_30 - location
loc_bar__minus_1_bar__minus_5_bar_2_bar_60 - location
loc_bar__minus_3_bar__minus_8_bar_1_bar_0 - location
loc_bar__minus_4_bar__minus_5_bar_0_bar_45 - location
loc_bar__minus_9_bar_1_bar_1_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_12_bar_0_bar_0)
(receptacleType Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57 loc_bar__minus_9_bar_1_bar_1_bar_30)
(openable Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57)
(receptacleType Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35 loc_bar_9_bar_5_bar_2_bar__minus_30)
(openable Drawer_bar__plus_01_dot_67_bar__plus_02_dot_47_bar__plus_01_dot_35)
(receptacleType SideTable_bar__minus_02_dot_11_bar__plus_02_dot_77_bar__minus_00_dot_78 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_11_bar__plus_02_dot_77_bar__minus_00_dot_78 loc_bar_3_bar__minus_5_bar_3_bar_45)
(receptacleType Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52 DeskType)
(receptacleAtLocation Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52 loc_bar__minus_1_bar__minus_5_bar_2_bar_60)
(receptacleType GarbageCan_bar__plus_02_dot_55_bar__plus_00_dot_02_bar__plus_00_dot_27 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_02_dot_55_bar__plus_00_dot_02_bar__plus_00_dot_27 loc_bar_3_bar_6_bar_1_bar_45)
(receptacleType SideTable_bar__minus_02_dot_28_bar__plus_02_dot_04_bar__plus_00_dot_50 SideTableType)
(receptacleAtLocation SideTable_bar__minus_02_dot_28_bar__plus_02_dot_04_bar__plus_00_dot_50 loc_bar_5_bar__minus_7_bar_0_bar_30)
(receptacleType Bed_bar__minus_02_dot_59_bar__plus_02_dot_57_bar__plus_00_dot_50 BedType)
(receptacleAtLocation Bed_bar__minus_02_dot_59_bar__plus_02_dot_57_bar__plus_00_dot_50 loc_bar_0_bar_0_bar_3_bar_30)
(receptacleType Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69 DresserType)
(receptacleAtLocation Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69 loc_bar__minus_3_bar__minus_8_bar_1_bar_0)
(receptacleType Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_28_bar__plus_02_dot_24_bar__minus_01_dot_07 loc_bar_7_bar_7_bar_2_bar_60)
(receptacleType Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31 ShelfType)
(receptacleAtLocation Shelf_bar__plus_00_dot_15_bar__plus_01_dot_37_bar__minus_02_dot_31 loc_bar__minus_4_bar__minus_5_bar_0_bar_45)
(canContain BedType CellPhoneType)
(canContain DeskType CellPhoneType)
(canContain DeskType PenType)
(canContain DeskType PencilType)
(canContain DeskType RemoteControlType)
(canContain DeskType StatueType)
(canContain DeskType VaseType)
(canContain DeskType WatchType)
(canContain DrawerType CellPhoneType)
(canContain DrawerType PenType)
(canContain DrawerType PencilType)
(canContain DrawerType RemoteControlType)
(canContain DrawerType WatchType)
(canContain DresserType CellPhoneType)
(canContain DresserType PenType)
(canContain DresserType PencilType)
(canContain DresserType RemoteControlType)
(canContain DresserType StatueType)
(canContain DresserType VaseType)
(canContain DresserType WatchType)
(canContain GarbageCanType PenType)
(canContain GarbageCanType PencilType)
(canContain ShelfType CellPhoneType)
(canContain ShelfType PenType)
(canContain ShelfType PencilType)
(canContain ShelfType RemoteControlType)
(canContain ShelfType StatueType)
(canContain ShelfType VaseType)
(canContain ShelfType WatchType)
(canContain SideTableType CellPhoneType)
(canContain SideTableType PenType)
(canContain SideTableType PencilType)
(canContain SideTableType RemoteControlType)
(canContain SideTableType StatueType)
(canContain SideTableType VaseType)
(canContain SideTableType WatchType)
(objectType DeskLamp_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 DeskLampType)
(inReceptacle DeskLamp_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52)
(objectAtLocation DeskLamp_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60 loc_bar__minus_1_bar__minus_5_bar_2_bar_60)
(toggleable DeskLamp_bar__plus_01_dot_59_bar__minus_02_dot_43_bar__plus_01_dot_60)
(objectType CellPhone_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 CellPhoneType)
(inReceptacle CellPhone_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 Bed_bar__minus_02_dot_59_bar__plus_02_dot_57_bar__plus_00_dot_50)
(objectAtLocation CellPhone_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65 loc_bar_0_bar_0_bar_3_bar_30)
(pickupable CellPhone_bar__minus_02_dot_41_bar__plus_00_dot_73_bar__plus_00_dot_65)
(objectType Pen_bar__minus_01_dot_36_bar__plus_02_dot_55_bar__plus_00_dot_60 PenType)
(inReceptacle Pen_bar__minus_01_dot_36_bar__plus_02_dot_55_bar__plus_00_dot_60 Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52)
(objectAtLocation Pen_bar__minus_01_dot_36_bar__plus_02_dot_55_bar__plus_00_dot_60 loc_bar__minus_1_bar__minus_5_bar_2_bar_60)
(pickupable Pen_bar__minus_01_dot_36_bar__plus_02_dot_55_bar__plus_00_dot_60)
(objectType RemoteControl_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 RemoteControlType)
(inReceptacle RemoteControl_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 Drawer_bar__minus_00_dot_39_bar__plus_00_dot_94_bar__minus_00_dot_57)
(objectAtLocation RemoteControl_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68 loc_bar__minus_9_bar_1_bar_1_bar_30)
(pickupable RemoteControl_bar__minus_00_dot_99_bar__plus_02_dot_44_bar__plus_00_dot_68)
(objectType Vase_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 VaseType)
(inReceptacle Vase_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69)
(objectAtLocation Vase_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80 loc_bar__minus_3_bar__minus_8_bar_1_bar_0)
(pickupable Vase_bar__minus_02_dot_34_bar__plus_02_dot_93_bar__minus_02_dot_80)
(objectType Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 StatueType)
(inReceptacle Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69)
(objectAtLocation Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40 loc_bar__minus_3_bar__minus_8_bar_1_bar_0)
(pickupable Statue_bar__plus_02_dot_67_bar__minus_02_dot_10_bar__plus_00_dot_40)
(objectType Pencil_bar__plus_00_dot_48_bar__minus_01_dot_31_bar__minus_02_dot_39 PencilType)
(inReceptacle Pencil_bar__plus_00_dot_48_bar__minus_01_dot_31_bar__minus_02_dot_39 Desk_bar__minus_02_dot_22_bar__plus_00_dot_14_bar__plus_00_dot_52)
(objectAtLocation Pencil_bar__plus_00_dot_48_bar__minus_01_dot_31_bar__minus_02_dot_39 loc_bar__minus_1_bar__minus_5_bar_2_bar_60)
(pickupable Pencil_bar__plus_00_dot_48_bar__minus_01_dot_31_bar__minus_02_dot_39)
(objectType Watch_bar__plus_01_dot_31_bar__minus_00_dot_75_bar__minus_00_dot_16 WatchType)
(inReceptacle Watch_bar__plus_01_dot_31_bar__minus_00_dot_75_bar__minus_00_dot_16 Dresser_bar__minus_01_dot_96_bar__plus_00_dot_29_bar__minus_02_dot_69)
(objectAtLocation Watch_bar__plus_01_dot_31_bar__minus_00_dot_75_bar__minus_00_dot_16 loc_bar__minus_3_bar__minus_8_bar_1_bar_0)
(pickupable Watch_bar__plus_01_dot_31_bar__minus_00_dot_75_bar__minus_00_dot_16)
)
(:goal
             (and
                 (exists (?ot - object
                          ?r - receptacle
                          ?a - agent
                          ?l - location)
                     (and
                         (objectType ?ot DeskLampType)
                         (toggleable ?ot)
                         (isToggled ?ot)
                         (receptacleAtLocation ?r ?l)
                         (atLocation ?a ?l)
                         (inReceptacle ?ot ?r)
                     )
                 )
                 (exists (?o - object
                          ?a - agent)
                     (and
                         (objectType ?o CellPhoneType)
                         (holds ?a ?o)
                     )
                 )
             )
        )
    )
